visible = "visible"
_underscore = "hidden by default"
def func():
    return "func"
import math as _math_alias
