# set and frozenset: operators and methods, errors, reprs (int sets only).
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b, a <= b, {3} <= b, {3} < b, b >= {5}, a > a, a.isdisjoint({9}))
print(a.union([9], (8,)), a.intersection(range(3)), a.difference({1}, {2}), a.symmetric_difference([4, 10]))
print(a.issubset(range(10)), a.issuperset([1, 2]), {1, 2} == {2, 1}, {1} != {1.0})
s = set()
s.add(3); s.add(1); s.add(3)
s.update([5, 6], {7})
print(s, len(s))
s.discard(100); s.discard(5); s.remove(6)
print(s)
try:
    s.remove(100)
except KeyError as e:
    print("KeyError", e)
p = s.pop()
print(p, s)
s.clear()
print(s, set(), frozenset(), repr(set()), repr(frozenset({1, 2})))
try:
    set().pop()
except KeyError as e:
    print("KeyError", e)
x = {1, 2, 3}
x |= {4}; x &= {2, 3, 4}; x -= {3}; x ^= {9, 2}
print(x)
x.intersection_update([4, 9, 10]); print(x)
x.difference_update([4]); print(x)
x.symmetric_difference_update({9, 1}); print(x)
f = frozenset([1, 2, 2, 3])
print(f, hash(f) == hash(frozenset({3, 2, 1})), f | {4}, type(f | {4}).__name__, type({4} | f).__name__)
try:
    f.add(1)
except AttributeError as e:
    print("AttributeError", e)
try:
    {[1]}
except TypeError as e:
    print("TypeError", e)
try:
    a | [1]
except TypeError as e:
    print("TypeError", e)
try:
    a < 5
except TypeError as e:
    print("TypeError", e)
print({frozenset({1}): "fs key"}, {1, 2} in [{2, 1}], frozenset({1}) in {frozenset({1})})
print(set("aab") == {"a", "b"}, sorted(set("hello")), set(range(5)), set({1: 2}))
print({x % 3 for x in range(10)}, {-1, -2, 0, 10 ** 20, 2 ** 61 - 1} == {0, -1, -2, 2 ** 61 - 1, 10 ** 20})
print({5, 1, 100, 33, 7, 64, 2}, {1000, 2000, 3000}, {-5, 5, 0})
print([m for m in dir(set) if not m.startswith("_")])
print([m for m in dir(frozenset) if not m.startswith("_")])
print(a.copy() == a, a.copy() is not a, set([1]) <= frozenset([1, 2]), frozenset([1]) == {1})
