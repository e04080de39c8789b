# dict views as live objects; iteration while mutating values is allowed; popitem order (LIFO).
d = {k: k.upper() for k in "abcde"}
for k in d:
    d[k] = d[k] * 2
print(d)
keys = d.keys()
d.pop("c")
print(list(keys), len(keys), "c" in keys)
print(d.popitem(), d.popitem(), d)
d.update(z=1, a="replaced")
print(list(d.items()))
it = iter(d)
next(it)
d["new"] = 1
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError", e)
items = d.items()
print(("a", "replaced") in items, ("a", "x") in items, ["a", "replaced"] in items if False else "skip")
print(sorted(d.keys() - {"a"}), sorted(d.keys() | {"q"}), sorted(d.items() - {("z", 1)}))
print(d.keys().isdisjoint(["x"]), d.keys() == {"a", "b", "z", "new"}, d.values() != d.values())
print(list(zip(d.keys(), d.values())) == list(d.items()))
m = d.items().mapping if hasattr(d.items(), "mapping") else d
print(m is d, type(m).__name__)
e = {}
e.setdefault("list", []).append(1)
e.setdefault("list", []).append(2)
print(e)
counts = {}
for w in "the cat and the hat and the bat".split():
    counts[w] = counts.get(w, 0) + 1
print(counts, max(counts, key=counts.get), sorted(counts, key=lambda k: (-counts[k], k)))
