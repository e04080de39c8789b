# __slots__: no __dict__, allowed names, inheritance, descriptors, errors.
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
p = P(1, 2)
print(p.x, p.y, hasattr(p, "__dict__"))
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError", e)
del p.x
try:
    p.x
except AttributeError as e:
    print("AttributeError", e)
print(type(P.x).__name__, P.__slots__)
class Child(P):
    pass
c = Child(1, 2)
c.z = 3
print(c.__dict__)
class Child2(P):
    __slots__ = ("z",)
c2 = Child2(1, 2)
c2.z = 9
print(c2.x, c2.z, hasattr(c2, "__dict__"))
class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.__dict__)
class Single:
    __slots__ = "only"
s = Single()
s.only = "ok"
print(s.only)
try:
    class Conflict:
        __slots__ = ("v",)
        v = 1
except ValueError as e:
    print("ValueError", e)
class Empty:
    __slots__ = ()
try:
    Empty().a = 1
except AttributeError as e:
    print("AttributeError", e)
try:
    class BadSlot:
        __slots__ = (1,)
except TypeError as e:
    print("TypeError", e)
class Weak:
    __slots__ = ("__weakref__",)
import weakref
wk = Weak()
r = weakref.ref(wk)
print(r() is wk)
try:
    weakref.ref(p)
except TypeError as e:
    print("TypeError", e)
class Unset:
    __slots__ = ("v",)
try:
    Unset().v
except AttributeError as e:
    print("AttributeError", e)
print(sorted(n for n in dir(P(1, 2)) if not n.startswith("__")))
