# lambda forms and decorators (stacked, with args, class decorators).
add = lambda a, b=2, *args, k=1, **kw: (a, b, args, k, kw)
print(add(1))
print(add(1, 3, 4, 5, k=6, z=7))
print((lambda: "no args")())
print((lambda *a: a)(1, 2))
print((lambda x: (lambda y: x + y))(10)(5))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
print(add.__name__, (lambda: 0).__name__)
def trace(fn):
    def wrapper(*a, **k):
        print("call", fn.__name__, a, k)
        return fn(*a, **k)
    wrapper.__name__ = fn.__name__
    return wrapper
def times(n):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        return wrapper
    return deco
@trace
@times(3)
def hello(x):
    return x * 2
print(hello(4))
print(hello.__name__)
registry = []
def register(cls):
    registry.append(cls.__name__)
    cls.registered = True
    return cls
@register
class A:
    pass
@register
class B:
    pass
print(registry, A.registered)
@lambda f: f()
def computed():
    return "computed at definition"
print(computed)
funcs = {"ident": lambda f: f}
@funcs["ident"]
def weird():
    return "subscript decorator"
print(weird())
class Obj:
    @staticmethod
    @trace
    def s(x):
        return x + 1
print(Obj.s(1))
import functools
def logged(fn):
    @functools.wraps(fn)
    def inner(*a):
        return fn(*a)
    return inner
@logged
def documented():
    "The doc."
    return 1
print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__)
