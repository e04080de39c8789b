# int to string in bases via format, bin/oct/hex; round-trip parsing via int(s, base) for bases 2..36.
import string
digits = string.digits + string.ascii_lowercase
def to_base(n, b):
    if n == 0:
        return "0"
    s = ""
    neg = n < 0
    n = abs(n)
    while n:
        n, r = divmod(n, b)
        s = digits[r] + s
    return "-" + s if neg else s
for b in range(2, 37):
    s = to_base(123456789, b)
    print(b, s, int(s, b) == 123456789, int(s.upper(), b) == 123456789)
print(to_base(-255, 16), int("-ff", 16), to_base(2 ** 64, 36), int(to_base(2 ** 64, 36), 36) == 2 ** 64)
print(format(10, "b"), format(10, "o"), format(10, "x"), format(10, "X"), format(10, "#b"), format(-10, "#x"))
print(f"{2**64:_b}"[:20], f"{2**64:#_x}", f"{12345:_o}", f"{-12345:,}")
print(int("zz", 36), int("ZZ", 36), int("0b_101", 0), int("0o_17", 0), int("0x_ff", 0))
print(int("1" * 64, 2) == 2 ** 64 - 1, int("7" * 21, 8) == 8 ** 21 - 1)
