# weakref.ref and proxies: identity reuse, callbacks, hashing, equality, errors.
import weakref

class A:
    def __init__(self, n):
        self.n = n
    def m(self):
        return self.n
    def __call__(self):
        return "called"
    def __eq__(self, other):
        return isinstance(other, A) and self.n == other.n
    def __hash__(self):
        return hash(self.n)

a = A(1)
r = weakref.ref(a)
print(r() is a, weakref.ref(a) is r, weakref.getweakrefcount(a), weakref.getweakrefs(a) == [r])
print(type(r), weakref.ref is weakref.ReferenceType, r.__callback__)
def cb(w):
    print("callback: dead ref", w() is None, w is r2)
r2 = weakref.ref(a, cb)
print(r2 is not r, r2.__callback__ is cb, r == r2, hash(r) == hash(a) == hash(1))
b = A(1)
print(weakref.ref(b) == r, weakref.ref(b) != r)
p = weakref.proxy(a)
print(type(p), p.n, p.m(), p(), p == a, weakref.getweakrefcount(a))
try:
    hash(p)
except TypeError as e:
    print("TypeError", e)
del a
print(r(), r2(), r2.__callback__, hash(r) == hash(1), r == r, r != r2)
try:
    p.n
except ReferenceError as e:
    print("ReferenceError", e)
print(repr(r).endswith("; dead>"))
for x in (1, "s", (), [], {}, None, 1.5, b"b", 2j):
    try:
        weakref.ref(x)
    except TypeError as e:
        print(e)
print(weakref.ref(set()) is not None, weakref.ref(frozenset()) is not None)
class L(list):
    pass
class D(dict):
    pass
for o in (L(), D(), A(2), len, A, weakref):
    print(type(o).__name__, weakref.ref(o)() is o)
class S:
    __slots__ = ("x",)
class SW:
    __slots__ = ("x", "__weakref__")
try:
    weakref.ref(S())
except TypeError as e:
    print(e)
sw = SW()
print(weakref.ref(sw)() is sw)
lst = L([3, 1, 2])
pl = weakref.proxy(lst)
pl.append(0)
print(len(pl), pl[0], sorted(pl), 1 in pl, list(pl), pl + [9], str(pl), bool(pl))
class N:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return self.v + o
    def __radd__(self, o):
        return o + self.v
n = N(5)
pn = weakref.proxy(n)
print(pn + 1, 1 + pn, type(pn))
pn.v = 10
print(n.v)
called = []
def pcb(prx):
    called.append(type(prx).__name__)
x = A(3)
px = weakref.proxy(x, pcb)
del x
print(called)
class MyRef(weakref.ref):
    def __init__(self, ob, callback=None):
        super().__init__(ob, callback)
        self.tag = "tagged"
o = A(4)
mr = MyRef(o, None)
print(mr() is o, mr.tag, isinstance(mr, weakref.ref), mr is not weakref.ref(o))
try:
    MyRef(o, None, "extra")
except TypeError as e:
    print("TypeError", e)
