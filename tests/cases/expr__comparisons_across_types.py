# Equality and ordering across types: int/float/complex/bool/Decimal/Fraction, and containers.
from decimal import Decimal
from fractions import Fraction
vals = [1, 1.0, True, 1 + 0j, Decimal("1"), Fraction(1, 1), "1", b"1", [1], (1,)]
for a in vals:
    print(f"{a!r:15}", " ".join("=" if a == b else "." for b in vals))
ordered = [Fraction(1, 3), 0.3, Decimal("0.35"), 1, True, False, -2]
print(sorted(ordered))
print(Decimal("0.1") + Decimal("0.2"), Decimal("0.1") == 0.1, Fraction(1, 10) == 0.1, 0.5 == Fraction(1, 2) == Decimal("0.5"))
try:
    1j < 2j
except TypeError as e:
    print("TypeError", e)
try:
    Decimal("1") < Fraction(1, 2)
    print("decimal-fraction compare ok")
except TypeError as e:
    print("TypeError", e)
print(hash(Decimal("1")) == hash(1) == hash(Fraction(1)) == hash(1.0), hash(Fraction(1, 2)) == hash(0.5))
print([1, 2] == [1.0, 2.0], (1, 2) == (True, 2), {1: "a"} == {1.0: "a"}, {1, 2} == {2.0, 1.0})
print(max(1, 1.0), max(1.0, 1), min(True, 1), [x for x in [0, 0.0, False, 0j] if x == 0])
