# Function and method attributes; deterministic parts of reprs.
def f(a, b=1):
    "doc"
    return a
print(f.__name__, f.__qualname__, f.__module__, f.__doc__, f.__defaults__)
print(repr(f).startswith("<function f at 0x"))
class C:
    def m(self):
        pass
    class Inner:
        def deep(self):
            def local():
                pass
            return local
print(C.m.__qualname__, C.Inner.deep.__qualname__, C.Inner().deep().__qualname__)
print(repr(C.m).startswith("<function C.m at"), repr(C().m).startswith("<bound method C.m of <"))
print(type(f).__name__, type(C().m).__name__, type(len).__name__, type([].append).__name__)
print(repr(len), repr(print))
print(repr([].append).startswith("<built-in method append of list object at"))
bm = C().m
print(bm.__func__ is C.m, type(bm.__self__).__name__)
f.custom = 42
print(f.custom, f.__dict__)
f.__name__ = "renamed"
print(f.__name__, repr(f).startswith("<function f at"))
try:
    f.__name__ = 5
except TypeError as e:
    print("TypeError", e)
print(f.__code__.co_name, f.__code__.co_varnames, f.__code__.co_argcount)
g = lambda: 0
print(g.__name__, g.__qualname__)
def outer():
    def inner():
        pass
    return inner
print(outer().__qualname__)
print(callable(f), callable(C), callable(C()), callable(5))
print(f.__globals__ is globals())
print(sorted(k for k in dir(f) if not k.startswith("_")))
def kw(*, a=1): pass
print(kw.__kwdefaults__, kw.__defaults__)
print(C.m == C.m, C().m == C().m, bm == bm)
import types
print(isinstance(f, types.FunctionType), isinstance(len, types.BuiltinFunctionType))
print(isinstance(bm, types.MethodType))
