# vars/dir/locals in different scopes; __dict__ of classes vs instances vs modules.
def f(a, b=2):
    c = a + b
    snapshot = dict(locals())
    def g():
        return a
    return sorted(snapshot), sorted(locals())
print(f(1))
class C:
    x = 1
    inner_locals = sorted(k for k in locals() if not k.startswith("__"))
print(C.inner_locals)
print(sorted(k for k in vars(C) if not k.startswith("__")))
import math
print(len(vars(math)) == len(math.__dict__), "pi" in vars(math))
print(sorted(set(dir([])) & {"append", "pop", "__len__"}), "real" in dir(1), "upper" in dir(""))
o = C()
o.y = 2
print(vars(o), sorted(set(dir(o)) - set(dir(C))))
try:
    vars(1)
except TypeError as e:
    print("TypeError", e)
def modify_locals():
    v = 1
    locals()["v"] = 2
    return v
print(modify_locals())
print(type(locals()).__name__, globals() is vars())
gen = (locals() for _ in range(1))
print(sorted(next(gen)))
lam = lambda q: sorted(locals())
print(lam(1))
print(sorted(dir(type("E", (), {})))[:3])
