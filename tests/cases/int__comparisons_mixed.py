# int comparisons with floats, bools, big ints, and mixed-type ordering rules.
vals = [0, 1, -1, 2 ** 53, 2 ** 53 + 1, 10 ** 30, -(10 ** 30)]
fvals = [0.0, 1.0, -1.0, 2.0 ** 53, 1e30, float("inf"), float("nan")]
for a in vals:
    print(a, [(a < b, a == b, a > b) for b in fvals])
print(1 == 1.0, True == 1, False < 1 < 2.5)
print(sorted([3, 1.5, True, 2 ** 70, -0.5, False]))
print(max(1, 1.0), max(1.0, 1), min(0, False), min(False, 0))
print(10 ** 400 > float("inf"), 10 ** 400 < float("inf"), -(10 ** 400) > float("-inf"))
print(int.__lt__(1, 2), int.__eq__(1, 1.0), (1).__eq__(1.0), (1).__lt__("x"))
print((5).__ge__(5), (5).__ne__(6), int.__gt__(True, False))
print(2 ** 64 == 18446744073709551616, 0 == -0, 1 != 1.0000000000000002)
print(9007199254740993 == 9007199254740992.0, 9007199254740993 > 9007199254740992.0)
print(sorted([10, 9, 100, 1], key=str), sorted(["10", "9", "100"], key=int))
print([x for x in range(-3, 4) if -2 <= x < 2])
print(all(a <= b for a, b in zip(sorted(vals), sorted(vals)[1:])))
from fractions import Fraction
print(1 < Fraction(3, 2) < 2, Fraction(1, 2) == 0.5, 10 ** 20 == Fraction(10 ** 20))
print(sorted([2 ** 70, 2.0 ** 70, 2 ** 70 + 1, 2.0 ** 70 + 2 ** 18]) == [2 ** 70, 2.0 ** 70, 2 ** 70 + 1, 2.0 ** 70 + 2 ** 18])
print((2 ** 70 == 2.0 ** 70), (2 ** 70 + 1 == 2.0 ** 70), (2 ** 70 + 1 > 2.0 ** 70))
