# LEGB name resolution, shadowing builtins locally, class scopes skipped by methods.
x = "global"
def f():
    x = "enclosing"
    def g():
        return x
    return g()
print(f())
def h():
    return x
print(h())
def shadow_builtin():
    len = lambda s: "local len"
    return len("abc")
print(shadow_builtin(), len("abc"))
list_ = list
def uses_global_list():
    return list_("ab")
print(uses_global_list())
class C:
    x = "class attr"
    def method(self):
        return x
    lam = lambda self: x
    listcomp = [x for _ in range(1)]
print(C().method(), C().lam(), C.listcomp)
def outer():
    y = 1
    def middle():
        def inner():
            return y
        return inner()
    y = 2
    return middle()
print(outer())
def local_then_global():
    global x
    x = "rebound global"
local_then_global()
print(x)
def conditional_local(flag):
    if flag:
        z = "set"
    try:
        return z
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(conditional_local(True), conditional_local(False))
def comprehension_leak():
    [leak for leak in range(3)]
    try:
        return leak
    except NameError as e:
        return "NameError: " + str(e)
print(comprehension_leak())
def for_leak():
    for leaked in range(3):
        pass
    return leaked
print(for_leak())
def except_unbinds():
    try:
        raise ValueError
    except ValueError as err:
        pass
    return "err" in locals()
print(except_unbinds())
import builtins
def via_builtins():
    return builtins.len([1, 2])
print(via_builtins())
print(f.__code__.co_varnames, f.__code__.co_cellvars, h.__code__.co_names)
