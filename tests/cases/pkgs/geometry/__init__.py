"""A package with submodules, __all__ and relative imports."""
print("geometry package initialised")
from .circle import Circle
from . import square
__all__ = ["Circle", "square", "unit_circle"]
unit_circle = Circle(1)
_hidden = "not exported"
