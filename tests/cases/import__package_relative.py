# Importing a package with submodules and relative imports (tests/cases/pkgs).
import pkgs
print(pkgs.LOADED, pkgs.__name__, pkgs.__package__, pkgs.__doc__)
import pkgs.geometry
print(pkgs.geometry.unit_circle, pkgs.geometry.unit_circle.area())
from pkgs.geometry import Circle, square
print(Circle(3).area(), square.area(4), square.inscribed(4))
from pkgs.geometry.sub import helpers
print(helpers.describe())
import pkgs.geometry.circle as gc
print(gc.Circle is Circle, gc.__name__, gc.__package__)
print(sorted(k for k in dir(pkgs.geometry) if not k.startswith("__")))
import sys
print("pkgs.geometry.sub.helpers" in sys.modules, sys.modules["pkgs.geometry"] is pkgs.geometry)
import pkgs.geometry as again
print(again is pkgs.geometry)
print(pkgs.geometry.__file__.endswith("__init__.py"), gc.__file__.endswith("circle.py"))
print(hasattr(pkgs.geometry, "__path__"), hasattr(gc, "__path__"), type(pkgs.geometry.__path__).__name__)
print(pkgs.geometry.__spec__.name, pkgs.geometry.__spec__.parent, gc.__spec__.parent)
try:
    from pkgs.geometry import nothing_here
except ImportError as e:
    print("ImportError", e)
try:
    import pkgs.geometry.missing_sub
except ModuleNotFoundError as e:
    print("ModuleNotFoundError", e, e.name)
