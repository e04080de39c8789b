# tuple: construction, packing/unpacking, methods, immutability, hashing, reprs.
t = (1, "a", [2], None)
print(t, len(t), t[1], t[-1], t[1:3], t[::-1], t.count(1), t.index("a"))
print((), (1,), tuple(), tuple("ab"), tuple([1, 2]), tuple(range(3)), tuple({1: 2}))
print(repr((1,)), repr(()), str((1, "x")), (1, 2) + (3,), (0,) * 3, 2 * (1, 2))
try:
    t[0] = 5
except TypeError as e:
    print("TypeError", e)
t[2].append(3)
print(t)
try:
    hash(t)
except TypeError as e:
    print("TypeError", e)
print(hash((1, 2)) == hash((1, 2)), hash((1, (2, 3))) == hash((1, (2, 3))))
try:
    t.index("zz")
except ValueError as e:
    print("ValueError", e)
try:
    (1, 2) + [3]
except TypeError as e:
    print("TypeError", e)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), () < (0,), (2,) > (1, 5), (1, 2) == (1, 2.0))
a = 1, 2, 3
x, y, z = a
print(a, x + y + z)
nested = ((1, 2), (3, (4, 5)))
(p, q), (r, (s, u)) = nested
print(p, q, r, s, u)
print(sorted(((2, "b"), (1, "z"), (2, "a"))), max((1, 2), (1, 3)), min([(0, 9), (0, 1)]))
print(tuple(x * 2 for x in range(4)), tuple(reversed((1, 2, 3))), (1, 2, 3)[10:])
d = {(0, 0): "origin", (1, 2): "point"}
print(d[(0, 0)], d[1, 2], (0, 0) in d)
print(type(()).__name__, isinstance((1,), tuple), tuple.__name__, (1, 2).__len__())
single = 5,
print(single, type(single).__name__, len(single))
empty = ()
print(bool(()), bool((0,)), len(((),)))
print([m for m in dir(tuple) if not m.startswith("_")])
import collections
Pt = collections.namedtuple("Pt", "x y")
pt = Pt(1, y=2)
print(pt, pt.x, pt[1], pt._asdict(), pt._replace(x=9), Pt._fields, tuple(pt), pt == (1, 2))
try:
    pt.x = 5
except AttributeError as e:
    print("AttributeError", e)
