# chr/ord, bin/oct/hex, format(), repr/ascii, callable, id-free checks.
print([chr(c) for c in (65, 97, 48, 32, 0x263A, 0x1F40D)], [ord(c) for c in "Aa0 ☺🐍"])
print(bin(0), bin(5), bin(-5), bin(2 ** 65), oct(0), oct(8), oct(-64), hex(0), hex(255), hex(-256), hex(2 ** 70))
for bad in [lambda: bin(1.5), lambda: hex("1"), lambda: chr(-1), lambda: chr("a"), lambda: ord(65), lambda: oct(None)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(format(255, "x"), format(255, "#b"), format(3.5), format("s", ">3"), format(1e10, ",.0f"), format(12))
print(repr("é\n"), ascii("é\n"), ascii(["ü", "x"]), ascii("\U0001F600"), repr(b"\xe9"), ascii(b"\xe9"))
print(repr(1), repr(1.0), repr("1"), repr([1, "1"]), repr({1: "1"}), repr((1,)), repr(None), repr(int))
print(callable(len), callable(lambda: 1), callable(1), callable(int), callable("s".upper), callable(None))
print(int("0x1f", 16), int("1f", 16), eval(hex(12345)), eval(oct(-9)), eval(bin(7)))
print(format(0.1, ".20f"), format(-1, "b"), format(2**100, "x"))
print(chr(0x7f).isprintable(), repr(chr(0x7f)), repr(chr(0xa0)), repr(chr(0xad)), repr("\u0378"))
print(ascii(1), ascii(None), ascii({"ключ": "значение"}))
print(hex(True), bin(False), oct(7), (255).__format__("08b"), str.__format__("x", "^3"))
for n in [0, 1, 7, 8, 255, 256, -1, -256, 2 ** 31, -(2 ** 63)]:
    print(n, bin(n), oct(n), hex(n), int(bin(n), 0) == n, int(hex(n), 16) == n, int(oct(n), 8) == n)
print([chr(i) for i in range(0x41, 0x5B, 5)], [ord(c) for c in "\x00\x7f\x80\xff"])
print(chr(0xD800) == "\ud800", ord("\U0010FFFF"), hex(ord("€")), f"{ord('A'):08b}")
