# dict methods: get/setdefault/pop/popitem/update/fromkeys/copy/clear, errors.
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("c", 3), d.setdefault("a", 99), d)
print(d.pop("b"), d.pop("zz", "dflt"), d)
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError", e)
d.update({"x": 1}, y=2)
d.update([("z", 3)])
d.update(w=4)
print(d)
print(d.popitem(), d.popitem(), d)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError", e)
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), dict.fromkeys(range(2), []))
c = d.copy()
c["new"] = 1
print(d, c)
c.clear()
print(c, len(c))
print(dict(), dict(a=1), dict([("k", "v")]), dict({"x": 1}, y=2), dict(zip("ab", range(2))))
for bad in [lambda: dict([1, 2]), lambda: dict([(1, 2, 3)]), lambda: d["missing"], lambda: {}.update(1),
            lambda: dict(1), lambda: d.get(), lambda: {[1]: 2}]:
    try:
        bad()
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
print(d == {"a": 1, "c": 3}, {1: 2} == {1: 2.0}, {1: 2, 3: 4} == {3: 4, 1: 2})
try:
    d < d
except TypeError as e:
    print("TypeError", e)
e = {1: "a"}
e[1.0] = "float"
e[True] = "bool"
print(e)
print(list({}.keys()), "a" in d, "a" not in d, 1 in d, len(d))
print([m for m in dir(dict) if not m.startswith("_")])
k = {}
k[(1, 2)] = "tuple"
k[None] = "none"
k[frozenset({1})] = "frozenset"
k[1.5] = "float"
print(k)
print(repr({"q": "x'y", 1: [2], None: {}}), str({}), {1: {2: {3: {}}}})
