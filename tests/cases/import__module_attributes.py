# Module objects: __name__, __dict__, module __getattr__/__dir__, types.ModuleType.
import types, sys
m = types.ModuleType("made", "doc of made")
print(m.__name__, m.__doc__, repr(m), type(m).__name__, sorted(vars(m)))
m.x = 1
print(m.x, "x" in m.__dict__)
import pkgs.getattr_mod as g
print(g.dyn_hello, dir(g))
try:
    g.other
except AttributeError as e:
    print("AttributeError", e)
try:
    sys.no_such_attr
except AttributeError as e:
    print("AttributeError", e)
print(__name__, type(sys.modules[__name__]).__name__, sys.modules["__main__"].__name__)
import math
print(repr(math)[:20], math.__name__, math.__spec__.name, math.__loader__ is not None)
print(repr(types.ModuleType("x")))
del m.x
try:
    m.x
except AttributeError as e:
    print("AttributeError", e)
this = sys.modules[__name__]
this.dynamic_global = "set via module object"
print(dynamic_global)
import pkgs.star_mod
print(pkgs.star_mod.__name__, pkgs.star_mod.__package__, pkgs.star_mod.__file__.endswith("star_mod.py"))
