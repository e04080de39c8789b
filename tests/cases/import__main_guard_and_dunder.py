# __name__/__file__/__spec__ of the main module vs imported modules, and import inside functions.
import sys, os
print(__name__, __spec__, os.path.basename(__file__), __package__, __loader__ is not None)
def lazy():
    import pkgs.star_mod as sm
    return sm.CONST, sm.__name__
print(lazy(), "pkgs.star_mod" in sys.modules)
def local_import_scope():
    from math import sqrt
    return sqrt(9), "sqrt" in dir()
print(local_import_scope(), "sqrt" in dir())
import math as m, json as j
print(m.floor(2.5), j.loads("[1]"))
from os import path as p, sep
print(p is os.path, sep == os.sep)
from collections import (OrderedDict,
                         defaultdict as dd)
print(OrderedDict.__name__, dd.__name__)
try:
    from math import nonexistent_thing
except ImportError as e:
    print("ImportError", e, e.name)
try:
    import os.path.nothing
except ModuleNotFoundError as e:
    print("ModuleNotFoundError", e)
if __name__ == "__main__":
    print("main guard taken")
