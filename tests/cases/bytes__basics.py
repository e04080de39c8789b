# bytes: construction, repr, indexing, slicing, methods, errors.
print(bytes(), bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes("é", "utf-8"), bytes(b"copy"))
print(b"abc"[0], b"abc"[-1], b"abc"[1:], b"abcdef"[::2], b"abc"[::-1], list(b"hi"))
print(repr(b"\x00\x01\x7f\x80\xff"), repr(b"'"), repr(b'"'), repr(b"'\""), repr(b"\t\n\r\\"))
for bad in [lambda: bytes([256]), lambda: bytes([-1]), lambda: bytes("str"), lambda: bytes(-1),
            lambda: bytes([1.5]), lambda: b"a" + "b", lambda: b"abc"[5]]:
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
b = b"Hello, World! hello"
print(b.upper(), b.lower(), b.swapcase(), b.title(), b.capitalize())
print(b.find(b"o"), b.rfind(b"o"), b.count(b"l"), b.index(b"W"), b.find(111), b.count(b"hello"))
print(b.split(), b.split(b","), b.rsplit(b" ", 1), b.partition(b", "), b.rpartition(b"l"))
print(b.replace(b"l", b"L", 2), b.startswith(b"Hell"), b.endswith((b"x", b"lo")), b"  x ".strip())
print(b.hex(), b"\x01\xab".hex(":"), b"\x01\x02\x03".hex("-", 2), bytes.fromhex("de ad BE EF"))
try:
    bytes.fromhex("abc")
except ValueError as e:
    print("ValueError", e)
print(b"-".join([b"a", b"b"]), b"ab" * 3, b"a" in b"cat", 97 in b"cat", b"" in b"x")
print(b"abc".decode(), b"caf\xc3\xa9".decode("utf-8"), b"\xff".decode("latin-1"), b"\xff".decode("utf-8", "replace"))
try:
    b"\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
print(b"a1".isalnum(), b"ab".isalpha(), b"12".isdigit(), b" ".isspace(), b"Ab".istitle(), b"ab".islower())
print(b"x".center(5, b"-"), b"x".ljust(3), b"7".zfill(3), b"a\tb".expandtabs(4), b"  a  ".lstrip())
print(b"a\nb\r\nc".splitlines(), b"abc".translate(bytes.maketrans(b"abc", b"xyz")), b"abc".translate(None, b"b"))
print(hash(b"abc") == hash(b"abc"), b"abc" == b"abc", b"abc" < b"abd", b"a" == "a", bytes([1]) == b"\x01")
print(b"abc".removeprefix(b"a"), b"abc".removesuffix(b"c"), b"%s=%d" % (b"k", 1), len(b"\x00" * 10))
print(type(b"a"[0]).__name__, type(b"ab"[0:1]).__name__, b"a".isascii(), bytes.fromhex("")[:0])
