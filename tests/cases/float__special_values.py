# inf and nan behaviour through arithmetic, comparison, conversion, containers and formatting.
import math
inf, nan = math.inf, math.nan
print(inf, -inf, nan, repr(inf), str(-nan), float("inf") == inf, inf == inf, -inf < inf)
print(inf + inf, inf - inf, inf * -1, inf * 0, 0 * -inf, inf / 2, 2 / inf, -2 / inf, inf % 2 if False else "skip")
print(math.isinf(inf), math.isnan(inf - inf), math.isfinite(nan), nan == nan, nan is nan, nan != nan)
print(max(inf, 1e308), min(-inf, -1e308), sorted([1.0, inf, -inf, 0.0]), abs(-inf), -(-inf))
print(math.copysign(1, nan) in (1.0, -1.0), math.copysign(0.0, -1), math.fmod(5, inf), math.atan(inf))
for fn in [int, round, math.floor, math.ceil, math.trunc]:
    for v in (inf, nan):
        try:
            print(fn.__name__, fn(v))
        except (OverflowError, ValueError) as e:
            print(fn.__name__, type(e).__name__, e)
print(f"{inf:f} {-inf:e} {nan:g} {inf:10.2f}| {nan:+f} {inf:%}")
print(inf.is_integer(), nan.is_integer(), inf.hex(), float.fromhex("-inf"), (1e308 * 10).__repr__())
print(math.exp(-inf), math.sqrt(inf), math.log(inf), math.hypot(inf, nan), math.pow(1, nan), 1 ** nan, nan ** 0)
try:
    math.log(0)
except ValueError as e:
    print("ValueError", e)
print(divmod(inf, 1) if False else "skip", 5 % inf, -5 % inf, 5 // inf, -5 // inf)
print(hash(inf), hash(-inf), [inf].count(inf), {inf: 1}[float("inf")])
