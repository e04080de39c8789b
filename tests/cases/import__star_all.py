# from module import * honours __all__; without __all__ skips underscore names.
from pkgs.star_mod import *
print(public_one(), CONST)
print("public_two" in dir(), "_private" in dir())
from pkgs.no_all import *
print(visible, func())
print("_underscore" in dir(), "_math_alias" in dir())
from pkgs.geometry import *
print(Circle, unit_circle, square.area(2), "_hidden" in dir())
import pkgs.star_mod as sm
print(sm.__all__, sm.public_two(), sm._private)
ns = {}
exec("from pkgs.star_mod import *", ns)
print(sorted(k for k in ns if k != "__builtins__"))
def inner():
    try:
        exec("from pkgs.star_mod import *")
        return "exec star in function ok"
    except SyntaxError as e:
        return f"SyntaxError {e}"
print(inner())
