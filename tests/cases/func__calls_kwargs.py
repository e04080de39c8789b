# Call semantics: argument evaluation order, kwargs dict copies, defaults once.
order = []
def v(x):
    order.append(x)
    return x
def f(*a, **k):
    return a, k
f(v(1), v(2), k=v(3), *[v(4)], **{"z": v(5)})
print(order)
def mod(**kw):
    kw["added"] = True
    return kw
base = {"a": 1}
print(mod(**base), base)
import itertools
counter = itertools.count()
def default_time(x=next(counter)):
    return x
print(default_time(), default_time(), next(counter))
def keyword_names(**kw):
    return list(kw)
print(keyword_names(b=1, a=2, c=3))
print(keyword_names(**{"with space": 1, "1x": 2}))
def ret_multiple():
    return 1, [2], {"three": 3}
a, b, c = ret_multiple()
print(a, b, c)
def no_return():
    x = 1
print(no_return())
print(f())
def positional(a, b):
    return a - b
print(positional(b=1, a=10), positional(10, b=1))
print((lambda *, x: x)(x="kw"))
class Callable:
    def __call__(self, *a, **k):
        return ("called", a, k)
print(Callable()(1, x=2))
print(dict(a=1, **{"b": 2}), list(map(pow, [2, 3], [3, 2])))
def deep(n):
    return n if n == 0 else deep(n - 1)
print(deep(500))
def side(label):
    print("arg", label)
    return label
def three(a, b, c): return a + b + c
print(three(side("x"), c=side("z"), b=side("y")))
try:
    three(1, 2, 3, d=4)
except TypeError as e:
    print("TypeError", e)
try:
    nothing = None
    nothing()
except TypeError as e:
    print("TypeError", e)
try:
    st = "str"
    st()
except TypeError as e:
    print("TypeError", e)
