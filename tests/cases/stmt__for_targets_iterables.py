# for over every kind of iterable, with complex targets and else clauses.
for c in "ab": print("str", c)
for b in b"ab": print("bytes", b)
for k in {"x": 1, "y": 2}: print("dict key", k)
for k, v in {"x": 1}.items(): print("item", k, v)
for v in {3, 1, 2}: print("set", v)
for i in range(2, 0, -1): print("range", i)
for t in ((1, 2), (3, 4)): print("tuple", t)
for a, (b, *c) in [(1, (2, 3, 4)), (5, (6,))]: print("nested", a, b, c)
for i, ch in enumerate("xy", 10): print("enum", i, ch)
for x, y in zip("ab", [1, 2]): print("zip", x, y)
for line in open(__file__).readlines()[:2]: print("file", line.rstrip())
for n in map(abs, [-1, -2]): print("map", n)
for g in (i * i for i in range(3)): print("gen", g)
for f in frozenset([7]): print("frozenset", f)
for r in reversed([1, 2]): print("reversed", r)
lst = []
for lst_item in [[1], [2]]:
    lst.extend(lst_item)
print(lst)
d = {}
for d["key"] in range(3):
    pass
print(d)
a = [0, 0, 0]
for i, a[i] in enumerate("xyz"):
    pass
print(a)
for _ in range(0):
    print("never")
else:
    print("else after empty range")
def gen():
    yield 1
    return
for v in gen():
    print("from gen", v)
class It:
    def __iter__(self): return iter([("k", "v")])
for k, v in It(): print("custom", k, v)
try:
    for x, y in [(1, 2), (3,)]:
        print("unpacked", x, y)
except ValueError as e:
    print("ValueError", e)
try:
    for q in None:
        pass
except TypeError as e:
    print("TypeError", e)
