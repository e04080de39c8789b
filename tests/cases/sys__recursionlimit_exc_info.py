# sys.getrecursionlimit/setrecursionlimit, sys.exc_info, sys.exception.
import sys
print(sys.getrecursionlimit())
sys.setrecursionlimit(150)
print(sys.getrecursionlimit())
def deep(n):
    return deep(n + 1)
try:
    deep(0)
except RecursionError as e:
    print("RecursionError", e)
sys.setrecursionlimit(1000)
for bad in [-1, 0, "x"]:
    try:
        sys.setrecursionlimit(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(sys.exc_info(), sys.exception())
try:
    raise KeyError("k")
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), type(tb).__name__, tb.tb_lineno, sys.exception() is v)
    try:
        raise ValueError("inner")
    except ValueError:
        print(sys.exc_info()[0].__name__, repr(sys.exception()))
    print(sys.exc_info()[0].__name__, repr(sys.exception()))
print(sys.exc_info(), sys.exception())
def in_gen():
    try:
        raise TypeError("gen")
    except TypeError:
        yield repr(sys.exception())
        yield repr(sys.exception())
g = in_gen()
print(next(g))
print(repr(sys.exception()))
print(next(g))
try:
    1 / 0
except ZeroDivisionError:
    def report():
        return sys.exc_info()[0].__name__
    print("visible from nested call:", report())
