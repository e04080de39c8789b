# Insertion order, views (keys/values/items) dynamic behaviour and set ops, | and |=.
d = {}
for k in ["z", "a", "m", "b"]:
    d[k] = len(d)
print(d, list(d), list(d.values()), list(d.items()))
d["a"] = 100
print(list(d))
del d["z"]
d["z"] = 0
print(list(d))
ks, vs, its = d.keys(), d.values(), d.items()
print(ks, vs, its)
d["new"] = 5
print(len(ks), list(vs), ("new", 5) in its, "new" in ks, 5 in vs)
print(ks & {"a", "x"}, ks | {"q"} == {"a", "m", "b", "z", "new", "q"}, ks - {"a"} == {"m", "b", "z", "new"}, ks ^ {"a"} == {"m", "b", "z", "new"})
print(its & {("a", 100)}, {"a": 1}.keys() == {"a"}, {"a": 1}.items() == {("a", 1)}, ks.isdisjoint({"zz"}))
print(list(reversed(d)), list(reversed(d.values())), list(reversed(d.items()))[:2])
print(type(ks).__name__, type(vs).__name__, type(its).__name__)
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print("RuntimeError", e)
try:
    for k in d:
        d[k + "x"] = 1
except RuntimeError as e:
    print("RuntimeError", e)
m1 = {"a": 1, "b": 2}
m2 = {"b": 3, "c": 4}
print(m1 | m2, m2 | m1, {**m1, **m2})
m1 |= m2
print(m1)
m1 |= [("d", 5)]
print(m1)
try:
    m1 | [("e", 1)]
except TypeError as e:
    print("TypeError", e)
print(vs == vs, d.values() == d.values())
dd = dict.fromkeys(range(10))
for i in range(0, 10, 2):
    del dd[i]
dd[0] = "back"
print(list(dd))
big = {i: i for i in range(1000)}
for i in range(999):
    del big[i]
big["x"] = 1
print(big, len(big))
print(dict(sorted({"b": 1, "a": 2}.items())), sorted({"b": 1, "a": 2}, key={"b": 1, "a": 2}.get))
