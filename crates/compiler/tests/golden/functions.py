def f(a, b=1, /, c=2, *args, d, e=3, **kw) -> int:
    "docstring"
    def g():
        nonlocal a
        a += 1
        return a
    return g
@dec
def h(): pass
lam = lambda x, y=2: x + y
