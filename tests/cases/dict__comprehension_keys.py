# dict keys of many types, equality-based lookup, hash collisions, key mutation hazards.
d = {1: "int", "1": "str", (1,): "tuple", None: "none", 2.5: "float", frozenset([1]): "fs", b"1": "bytes"}
print(d[1.0], d["1"], d[(1,)], d[None], d[2.5], d[frozenset({1})], d[b"1"], len(d))
class Collide:
    def __init__(self, v): self.v = v
    def __hash__(self): return 42
    def __eq__(self, o): return isinstance(o, Collide) and self.v == o.v
    def __repr__(self): return f"C{self.v}"
cd = {Collide(i): i for i in range(20)}
print(len(cd), cd[Collide(7)], Collide(25) in cd, list(cd)[:3])
del cd[Collide(3)]
print(len(cd), Collide(3) in cd, cd[Collide(19)])
class MutableKey:
    def __init__(self, v): self.v = v
    def __hash__(self): return hash(self.v)
    def __eq__(self, o): return self.v == o.v
k = MutableKey(1)
m = {k: "value"}
k.v = 2
print(MutableKey(1) in m, MutableKey(2) in m, k in m, len(m))
print({i: i * i for i in range(5)}, {c: ord(c) for c in "abc" if c != "b"})
print({(i, j): i * j for i in range(2) for j in range(2)})
print(dict(zip(range(3), "abc")), dict.fromkeys(["x", "y"], []))
inv = {v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()}
print(inv)
print({-1: "a", -2: "b"}, {0: 0, 0.0: 1, False: 2}, {1e100: 1})
nan = float("nan")
nd = {nan: 1}
print(nd.get(nan), nd.get(float("nan")), len({float("nan"): 1, float("nan"): 2}))
print(sorted({3: 1, 1: 2, 2: 3}), sorted({3: 1, 1: 2}.items(), key=lambda kv: kv[1]))
big = {str(i): i for i in range(10000)}
print(len(big), big["9999"], sum(big.values()), list(big)[-1])
for i in range(0, 10000, 2):
    del big[str(i)]
print(len(big), list(big)[:3], "10" in big, "11" in big)
