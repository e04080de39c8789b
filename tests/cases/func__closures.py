# Closures: cells, late binding, counters, closures over loop vars.
def make_counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    def get():
        return n
    return inc, get
inc, get = make_counter()
inc(); inc()
print(get(), inc(), get())
print(inc.__closure__[0].cell_contents, len(inc.__closure__))
print(inc.__code__.co_freevars, make_counter.__code__.co_cellvars)
def adders():
    return [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in adders()])
def late():
    fs = []
    for i in range(3):
        def f():
            return i
        fs.append(f)
    return [f() for f in fs]
print(late())
def outer(a):
    def middle(b):
        def inner(c):
            return a + b + c
        return inner
    return middle
print(outer(1)(2)(3))
def counter_gen():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
c1, c2 = counter_gen(), counter_gen()
print(c1(), c1(5), c2(), c1())
def modify_after():
    x = 1
    def f():
        return x
    x = 2
    return f()
print(modify_after())
def unbound_cell():
    def f():
        return y
    try:
        f()
    except NameError as e:
        print("NameError", e)
    y = 1
    return f()
print(unbound_cell())
def compose(*fns):
    def run(x):
        for fn in reversed(fns):
            x = fn(x)
        return x
    return run
print(compose(str, lambda v: v * 2, abs)(-21))
def memo(fn):
    cache = {}
    def wrapped(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapped.cache = cache
    return wrapped
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(fib.cache))
