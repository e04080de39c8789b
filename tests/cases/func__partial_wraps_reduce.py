# functools: partial, reduce, lru_cache, wraps, singledispatch, cached_property.
import functools
def power(base, exp, *, mod=None):
    return pow(base, exp, mod)
sq = functools.partial(power, exp=2)
print(sq(5), sq(5, mod=7), sq.func.__name__, sq.args, sq.keywords)
p2 = functools.partial(power, 2)
print(p2(10), functools.partial(p2, 3)(), repr(functools.partial(max, key=abs)).startswith("functools.partial(<built-in function max>"))
print(functools.reduce(lambda a, b: a * b, range(1, 11)), functools.reduce(lambda a, b: a + b, [], "init"))
try:
    functools.reduce(max, [])
except TypeError as e:
    print("TypeError", e)
calls = []
@functools.lru_cache(maxsize=None)
def fib(n):
    calls.append(n)
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), len(calls), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())
@functools.lru_cache(maxsize=2)
def ident(x):
    calls.append(("ident", x))
    return x
calls.clear()
for v in [1, 2, 1, 3, 1, 2]:
    ident(v)
print(calls, ident.cache_info())
@functools.singledispatch
def describe(x):
    return f"object {x!r}"
@describe.register
def _(x: int):
    return f"int {x}"
@describe.register(list)
def _(x):
    return f"list of {len(x)}"
print(describe(1), describe([1, 2]), describe("s"), describe(True))
class Data:
    def __init__(self):
        self.computed = 0
    @functools.cached_property
    def value(self):
        self.computed += 1
        return 42
d = Data()
print(d.value, d.value, d.computed, "value" in vars(d))
del d.value
print(d.value, d.computed)
def deco(f):
    @functools.wraps(f)
    def w(*a, **k):
        return f(*a, **k)
    return w
@deco
def documented(a, b=1):
    """Docstring kept."""
print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__, documented.__qualname__)
print(functools.cmp_to_key(lambda a, b: a - b)(1) < functools.cmp_to_key(lambda a, b: a - b)(2))
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __eq__(self, o): return self.v == o.v
print(V(1) >= V(1), V(2) > V(1), V(1) != V(2))
