# type() with three args, __build_class__ behaviour, super() outside classes.
Point = type("Point", (), {"__init__": lambda self, x: setattr(self, "x", x), "kind": "pt"})
p = Point(3)
print(Point.__name__, p.x, p.kind, type(p).__name__, Point.__module__)
Sub = type("Sub", (Point,), {"extra": lambda self: self.x * 2})
print(Sub(4).extra(), Sub.__mro__[1].__name__, issubclass(Sub, Point))
def method(self):
    return super(Dyn, self).__repr__().startswith("<__main__.Dyn object")
Dyn = type("Dyn", (), {"check": method})
print(Dyn().check())
print(type(5).__name__, type("s") is str, type(type) is type, type(None).__name__)
try:
    type("X", (int, str), {})
except TypeError as e:
    print("TypeError", e)
try:
    type()
except TypeError as e:
    print("TypeError", e)
try:
    type("X", (), {}, 1)
except TypeError as e:
    print("TypeError", e)
class Meta(type):
    pass
M = Meta("M", (), {"a": 1})
print(type(M).__name__, M.a, isinstance(M, Meta))
N = type("N", (M,), {})
print(type(N).__name__)
Q = type("Q", (object,), {"__slots__": ("v",)})
q = Q()
q.v = 1
print(q.v, hasattr(q, "__dict__"))
R = type("R", (), {"__qualname__": "Outer.R", "__doc__": "doc of R"})
print(R.__qualname__, R.__doc__, R.__name__)
import builtins
print(builtins.__build_class__.__name__, type(builtins.__build_class__).__name__)
def cls_body():
    class Local:
        attr = "local"
    return Local
print(cls_body().__qualname__, cls_body().attr)
E = type("E", (Exception,), {})
try:
    raise E("dynamic exception")
except E as e:
    print(type(e).__name__, e, E.__mro__[1].__name__)
