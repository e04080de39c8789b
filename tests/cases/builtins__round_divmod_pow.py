# round (banker's), divmod, pow with mod, hash of ints/tuples.
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, 2.675, 1e16 + 0.5, 0.49999999999999994]:
    print(v, round(v), round(v, 1), round(v, 2))
for n in [5, 15, 25, 35, 45, -25, 1234565]:
    print(n, round(n, -1), round(n, -2), round(n, 0), round(n, 3))
print(round(1.23456, 3), round(-1.23456, 3), round(123.456, -1), round(123.456, -3), round(0.0, 5))
print(type(round(2.5)), type(round(2.5, 1)), type(round(7, -1)), round(True), round(2.5, None))
try:
    round("1")
except TypeError as e:
    print("TypeError", e)
try:
    round(1.5, 1.5)
except TypeError as e:
    print("TypeError", e)
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (7.5, 2), (-7.5, 2), (10 ** 20, 7), (0, 5)]:
    print(a, b, divmod(a, b), a // b, a % b)
print(pow(2, 10), pow(2, -2), pow(-2, 3), pow(2.5, 2), pow(4, 0.5), pow(-8, 1 / 3) if False else "skip")
print(pow(3, 200, 1000), pow(-3, 3, 7), pow(3, -1, 11), pow(10, 10 ** 18, 97))
for bad in [lambda: pow(2, 3.0, 5), lambda: pow(2.0, 3, 5), lambda: pow(2, -1, 6), lambda: pow(2, 1, 0)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(pow(base=2, exp=5), pow(2, 5, mod=3))
print(hash(0), hash(1), hash(-1), hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)), hash(10 ** 40))
print(hash(()), hash((1,)), hash((1, 2)), hash((-1, 0)), hash(((1, 2), (3,))), hash((None,)) == hash((None,)))
print(hash(1) == hash(1.0) == hash(True), hash(0.5), hash(1e-9), hash(-2.5), hash(frozenset({1, 2})))
print(hash((1, 2.0, True)), hash((0, 0)), hash((2 ** 64, -(2 ** 64))))
