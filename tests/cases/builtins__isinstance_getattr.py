# isinstance/issubclass with tuples and unions, getattr/setattr/hasattr/delattr, vars, dir.
print(isinstance(1, int), isinstance(1, (str, int)), isinstance(1, int | str), isinstance(None, type(None)))
print(isinstance(True, int), isinstance(1, bool), isinstance([], (list, tuple)), isinstance(1.0, (int, (float,))))
print(issubclass(bool, int), issubclass(int, (str, object)), issubclass(int, int | None), issubclass(list, list))
try:
    isinstance(1, [int])
except TypeError as e:
    print("TypeError", e)
try:
    issubclass([], list)
except TypeError as e:
    print("TypeError", e)
class A:
    x = 1
    def __init__(self):
        self.y = 2
a = A()
print(getattr(a, "x"), getattr(a, "y"), getattr(a, "z", 3), hasattr(a, "x"), hasattr(a, "z"))
setattr(a, "z", 4)
print(a.z, vars(a), sorted(vars(A).keys() - {"__dict__", "__weakref__", "__module__", "__init__", "__doc__", "__qualname__"}))
delattr(a, "z")
print(hasattr(a, "z"))
try:
    getattr(a, "nope")
except AttributeError as e:
    print("AttributeError", e)
try:
    vars(5)
except TypeError as e:
    print("TypeError", e)
print(sorted(n for n in dir(a) if not n.startswith("_")), "y" in dir(a), sorted(dir())[:3])
def local_dir():
    q = 1
    r = 2
    return dir()
print(local_dir())
import math
print("sqrt" in dir(math), vars(math) is math.__dict__, getattr(math, "pi"))
class WithDir:
    def __dir__(self):
        return ["b", "a", "c"]
print(dir(WithDir()))
print(isinstance(int, type), isinstance(A, type), isinstance(a, A), type(a) == A)
print(getattr([], "append").__name__, getattr(1, "real"), getattr("s", "upper")())
print(callable(getattr), isinstance(len, type(print)), hasattr(None, "__class__"))
import types
ns = types.SimpleNamespace(a=1, b="x")
ns.c = 3
print(ns, vars(ns), ns == types.SimpleNamespace(a=1, b="x", c=3))
