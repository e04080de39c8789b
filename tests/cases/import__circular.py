# Circular imports between two modules of a package.
import pkgs.circ_a as a
print(a.use_b(), a.circ_b.partial_a(), a.A_VALUE)
import pkgs.circ_b as b
print(b.circ_a is a, b.B_VALUE)
import sys
print(sorted(k for k in sys.modules if k.startswith("pkgs.circ")))
from pkgs import circ_a, circ_b
print(circ_a is a, circ_b is b, circ_a.circ_b is circ_b)
import importlib
print(importlib.import_module("pkgs.circ_b").B_VALUE)
print(hasattr(a, "use_b"), hasattr(b, "partial_a"), callable(a.use_b))
def late():
    from pkgs.circ_a import A_VALUE
    return A_VALUE
print(late())
try:
    from pkgs.circ_b import not_defined_anywhere
except ImportError as e:
    print("ImportError", e)
print(a.__name__, b.__name__, a.__package__)
print(list(vars(b)).index("B_VALUE") > list(vars(b)).index("circ_a"))
