# Subclassing builtins: list, dict, str, int, tuple, Exception; overrides and fast paths.
class MyList(list):
    def sum(self): return sum(self)
ml = MyList([1, 2, 3])
ml.append(4)
print(ml, ml.sum(), type(ml[:2]).__name__, type(ml + [5]).__name__, isinstance(ml, list), len(ml))
class MyDict(dict):
    def __missing__(self, k): return k * 2
md = MyDict(a=1)
print(md["a"], md["zz"], md.get("q"), type(md.copy()).__name__, md)
class MyStr(str):
    def shout(self): return self.upper() + "!"
s = MyStr("hey")
print(s.shout(), s + "x", type(s + "x").__name__, type(s.upper()).__name__, s == "hey", hash(s) == hash("hey"))
class MyInt(int):
    def __add__(self, o): return MyInt(int(self) + o + 1000)
i = MyInt(5)
print(i + 1, 1 + i, type(i * 2).__name__, i == 5, repr(i), str(i))
class Pair(tuple):
    def __new__(cls, a, b): return super().__new__(cls, (a, b))
    def swap(self): return Pair(self[1], self[0])
p = Pair(1, 2)
print(p, p.swap(), p == (1, 2), type(p[::-1]).__name__)
class Err(ValueError):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
try:
    raise Err("bad", 7)
except ValueError as e:
    print(type(e).__name__, e, e.code, e.args)
class Sorted(list):
    def append(self, v):
        super().append(v)
        self.sort()
so = Sorted()
for v in [3, 1, 2]:
    so.append(v)
so.extend([0])
print(so)
class D2(dict):
    def __setitem__(self, k, v): super().__setitem__(k, str(v))
d2 = D2()
d2["a"] = 1
d2.update(b=2)
print(d2, D2(c=3))
class F(float):
    def __repr__(self): return f"F({float(self)})"
print(F(1.5), [F(2)], F(1.5) + 1, type(F(1.5) + 1).__name__)
class S(set):
    pass
print(type(S([1]) | {2}).__name__, S([1, 2]) == {1, 2})
class B(bytes):
    pass
print(B(b"ab"), type(B(b"ab")[0:1]).__name__, B(b"x") + b"y")
