# Closures, classes, names, unpacking, comprehensions, f-strings, calls.
def counter():
    n = 0
    def inc(by=1):
        nonlocal n
        n += by
        return n
    return inc
c = counter(); c(); print(c(5))

class Base:
    def hello(self):
        return "base"
class Derived(Base):
    __secret = 42
    def hello(self):
        return "derived+" + super().hello() + str(self.__secret)
    @classmethod
    def make(cls):
        return cls.__name__, __class__.__name__
    @staticmethod
    def st(*a, **k):
        return a, sorted(k)
print(Derived().hello(), Derived.make(), Derived.st(1, 2, z=3, a=4), Derived._Derived__secret)

def outer():
    x = "outer"
    class Inner:
        x = "class"
        def get(self):
            return x
        y = [x for _ in range(1)]
    return Inner().get(), Inner.x, Inner.y
print(outer())

a, *b, c = range(6)
(d, e), f = "xy", [1]
first, *_ = "hello"
print(a, b, c, d, e, f, first)
x = [1, 2, 3, 4]
x[1:3] = ["a"]
x[0] += 10
del x[-1]
print(x)
class O: pass
o = O(); o.v = 1; o.v += 2; print(o.v)
d = {"k": [1]}; d["k"] += [2]; print(d)
print([y * 2 for y in range(5) if y % 2], {k: v for k, v in zip("ab", "cd")}, {s for s in "aab"} == {"a", "b"})
print(list((i, j) for i in range(3) for j in range(i)))
if (n := len("four")) > 3:
    print("walrus", n)
print([last := z for z in range(3)], last)
def kw(a, b=2, /, c=3, *args, d, e=5, **kw):
    return a, b, c, args, d, e, kw
print(kw(1, d=4), kw(1, 2, 3, 4, 5, d=6, z=7), kw(*[1, 2], **{"d": 0}))
name, width = "pi", 8
print(f"{name!r:>{width}}|{3.14159:.2f}|{name=}|{width*2=:x}|{{}}")
print(f"{'nested ' + f'{name}'}")
print("a" "b" f"c{1}" "d")
print(0x_ff, 1_000, 0o17, 0b101, 1e3, 2j, 10**30, -2**2, ~5, 7 // 2, -7 % 3)
print(*[1, 2], *"ab", sep="-")
print(dict(**{"a": 1}, b=2), max(*[3, 1, 2]), sorted([3, 1, 2], key=lambda v: -v))
def deco(tag):
    def w(fn):
        def inner(*a, **k):
            return tag + fn(*a, **k)
        return inner
    return w
@deco("<")
@deco("[")
def hi(n):
    return "hi" * n
print(hi(2))
import os.path as osp, collections.abc
from os import path as p2
print(osp is p2, collections.abc.Mapping.__name__)
g = 1
def setg():
    global g
    g = 2
    del g
    g = 3
setg(); print(g)
print(__debug__, __name__)
s = "é\u00e9\N{DIGIT ONE}\x41"
print(s, len(s), b"\x00ab"[1:], r"\n")
lst = [1, 2, 3]
print(lst[::-1], lst[1:], lst[:-1], lst[::2])
t = 1,
print(t, (), (1, 2) + t)
