# int methods: bit_length, bit_count, to_bytes/from_bytes, as_integer_ratio,
# conjugate, real/imag, numerator/denominator, is_integer absence.
for n in [0, 1, 2, 7, 8, 255, 256, -1, -128, 2 ** 64, -(2 ** 100) + 1]:
    print(n, n.bit_length(), n.bit_count(), n.as_integer_ratio(), n.numerator, n.denominator)
print((5).conjugate(), (5).real, (5).imag, True.real)
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (1024).to_bytes(4, byteorder="big"))
print((-1).to_bytes(2, "big", signed=True), (-129).to_bytes(2, "little", signed=True))
print((0).to_bytes(0, "big"), (255).to_bytes(1, "big"), (2 ** 80).to_bytes(11, "big"))
print((5).to_bytes(), (5).to_bytes(length=3))
for call in [lambda: (256).to_bytes(1, "big"), lambda: (-1).to_bytes(1, "big"),
             lambda: (128).to_bytes(1, "big", signed=True), lambda: (1).to_bytes(1, "middle"),
             lambda: (1).to_bytes(-1, "big")]:
    try:
        call()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\x04\x00", "little"))
print(int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"\xff\xff", "big"))
print(int.from_bytes(b"", "big"), int.from_bytes([1, 2, 3], "big"), int.from_bytes(b"\x01"))
print(int.from_bytes(bytearray(b"\x80"), "little", signed=True))
x = 0b1011_0110
print(x & 0xF, x | 1, x ^ 0xFF, ~x, x << 3, x >> 2, -x >> 1, -1 >> 100, 1 << 100)
try:
    1 << -1
except ValueError as e:
    print("ValueError", e)
try:
    1 >> -1
except ValueError as e:
    print("ValueError", e)
print(-5 & 3, -5 | 3, -5 ^ 3, -(2 ** 70) & (2 ** 65 + 7), (2 ** 70) | -8)
print(hasattr(5, "is_integer"), int.__name__, (7).__index__())
print(sum(1 << i for i in range(64)) == 2 ** 64 - 1)
print(bin(-10), oct(-10), hex(-10), bin(0), hex(2 ** 64))
print(format(-255, "x"), format(255, "#010b"), format(255, "_x"), format(2**32, ","))
