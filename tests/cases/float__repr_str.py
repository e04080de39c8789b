# float repr/str: shortest round-trip digits, exponents, special values.
vals = [0.0, -0.0, 1.0, 0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345678.0,
        1e-4, 1e-5, 0.00012345, 1.5e300, 5e-324, 1.7976931348623157e308, 2.2250738585072014e-308,
        float("inf"), float("-inf"), float("nan"), 100.0, 1e22, 1e23, 9007199254740993.0,
        3.141592653589793, 2.718281828459045, 1.1, 2.675, 0.5, 123.456, -1.25e-10]
for v in vals:
    print(repr(v), str(v))
print(float("1e500"), float("-1e500"), float("1e-500"), float("-0"), float("  3.5\n"))
print(float("Infinity"), float("-INF"), float("nan"), float("+NaN"), float("1_000.5"), float(".5"), float("5."))
for bad in ["", "1e", "e5", "1.2.3", "0x10", "1__0", "inf inity", "_1"]:
    try:
        float(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    float(None)
except TypeError as e:
    print("TypeError", e)
print(float(10 ** 20), float(True), float(" -12 "), float(b"2.5"))
print(0.1 * 3, 0.7 + 0.1, 1 - 0.9, 100 * 1.1, 3 * 1.1)
print(1e308 * 10, -1e308 * 10, 1e-320, 1e-320 / 10)
print(sum([0.1] * 10), 0.1 * 10, round(2.675, 2))
import math
print(math.fsum([0.1] * 10), math.pi, math.e, math.tau, math.inf, -math.nan if False else "")
print(float.__repr__(1.0), (1.0).__str__(), f"{1e16}", f"{1.0}", str(1e-7))
print([1.0, -0.0, float("nan")], (2.5,), {0.5: 1})
