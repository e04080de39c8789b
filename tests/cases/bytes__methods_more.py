# More bytes methods: split/join/count/find with ints, ljust/rjust, isX, fromhex/hex, comparisons.
data = b"key1=val1&key2=val2&flag"
pairs = [p.split(b"=", 1) for p in data.split(b"&")]
print(pairs, dict(p for p in pairs if len(p) == 2))
print(data.count(b"key"), data.find(ord("=")), data.rfind(b"&"), data.index(b"flag"), data.startswith(b"key", 10))
print(b"abc".ljust(6, b"*"), b"abc".rjust(6, b"-"), b"abc".center(7), b" \t\nx\n".split(), b"a,b,,c".split(b",", 2))
print(b"ABC".isupper(), b"abc".isupper(), b"Title Case".istitle(), b"".isalpha(), b"\x80".isascii())
print(bytes.fromhex("00ff 10"), b"\x00\xff\x10".hex(), b"\x00\xff".hex(" "), b"abc".hex("-", -1))
print(b"a" < b"b", b"abc" < b"abd", b"ab" < b"abc", b"\xff" > b"\x00", [b"b", b"a", b"ab"].__len__(), sorted([b"b", b"a", b"ab"]))
print(b"Hello World".swapcase(), b"hello world".title(), b"HELLO".lower(), b"x y".capitalize())
print(b"%d-%s-%x-%5.2f" % (1, b"two", 255, 3.14159), b"%c%c" % (104, b"i"), b"%%")
try:
    b"%s" % "str"
except TypeError as e:
    print("TypeError", e)
print(b"tab\tsep".expandtabs(4), b"  strip\n".rstrip(), b"xxmidxx".strip(b"x"), b"abcabc".rpartition(b"b"))
print(list(b"\x00\x01\xfe\xff"), bytes([0, 1, 254, 255]) == b"\x00\x01\xfe\xff", b"\x41\x42" == b"AB")
print(b"abc".zfill(5), b"-1".zfill(4), b"a\r\nb\rc\n".splitlines(True), b"abc"[::-1], b"".join([b"x"] * 3))
print(bytes(5) == b"\x00" * 5, b"ab" * 0, b"abc".replace(b"", b"."), b"aaa".count(b""), b"mississippi".split(b"ss"))
import struct
print(struct.pack("<HI", 1, 2), struct.unpack(">i", b"\xff\xff\xff\xfe"), struct.calcsize("<qh"), struct.pack("3s", b"abcd"))
