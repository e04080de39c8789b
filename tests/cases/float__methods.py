# float methods: hex/fromhex, is_integer, as_integer_ratio, conjugate, int conversion.
for v in [0.0, 1.0, -2.5, 0.1, 1e300, 5e-324, 1 / 3, 255.75]:
    print(repr(v), v.hex(), v.is_integer(), v.as_integer_ratio())
print(float("inf").hex(), float("-inf").hex(), float("nan").hex())
for s in ["0x1p0", "0x1.8p1", "-0x1.fffffffffffffp+1023", "0x.8", "0X10", "0x1p-1074",
          "  0xap0  ", "inf", "-infinity", "nan", "0x1.0000000000000p-1022"]:
    print(s.strip(), float.fromhex(s))
for bad in ["0x", "1p", "0x1p99999", "zz"]:
    try:
        print(float.fromhex(bad))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for v in [float("inf"), float("nan")]:
    try:
        v.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print((2.5).conjugate(), (2.5).real, (2.5).imag, float.is_integer(3.0))
print(int(2.9), int(-2.9), int(1e18), int(1.5e19), round(2.5), round(3.5), round(-2.5))
print(round(0.125, 2), round(0.375, 2), round(1.005, 2), round(2.5, 0), round(1234.5678, -2))
print(round(float("inf"), 2), type(round(2.7)).__name__, type(round(2.7, 0)).__name__)
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError", e)
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError", e)
import math
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.modf(3.75), math.frexp(10.0))
print(math.ldexp(0.625, 4), math.copysign(1, -0.0), math.isnan(float("nan")), math.isinf(-1e309))
print(math.isfinite(1e308), math.isclose(0.1 + 0.2, 0.3), math.sqrt(2), math.hypot(3, 4))
print(float.__getformat__("double"), (1.5).__trunc__(), (7.0).__floor__() if hasattr(7.0, "__floor__") else 7)
print(divmod(7.5, 2), divmod(-7.5, 2), 7.5 % -2, -0.0 % 1.0, 5.0 // 0.3)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    1.0 % 0.0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    divmod(1.0, 0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError", e)
try:
    math.exp(1000)
except OverflowError as e:
    print("OverflowError", e)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError", e)
print((-8.0) ** (1 / 3), (-1.0) ** 0.5, 0.0 ** 0.0)
