# dict update/merge semantics: order of keys on overwrite, kwargs vs mapping, keys() protocol for update.
a = {"x": 1, "y": 2}
a.update({"y": 20, "z": 30})
print(a, list(a))
b = dict(a, y=200, w=0)
print(b)
class KeysOnly:
    def keys(self): return ["k1", "k2"]
    def __getitem__(self, k): return k.upper()
c = {}
c.update(KeysOnly())
print(c, dict(KeysOnly()), {**KeysOnly()})
c.update([("p", 1)], q=2)
print(c)
try:
    c.update([("bad",)])
except ValueError as e:
    print("ValueError", e)
try:
    c.update(5)
except TypeError as e:
    print("TypeError", e)
m = {"a": 1} | {"a": 2, "b": 3}
print(m, list(m))
n = {"b": 1, "a": 2}
n |= {"a": 20, "c": 3}
print(n, list(n))
print({**{"a": 1}, "a": 2}, dict(**{"a": 1}), dict({"a": 1}, **{"a": 3}))
try:
    dict({"a": 1}, **{1: 2})
except TypeError as e:
    print("TypeError", e)
d = dict.fromkeys("aba")
print(d, len(d))
x = {1: "a"}
x[1.0] = "b"
print(x, list(x.keys())[0].__class__.__name__)
