# Every parameter kind: positional-only, normal, defaults, *args,
# keyword-only, **kwargs, and the errors for mismatched calls.
def f(a, b, /, c, d=4, *args, e, f=6, **kw):
    return (a, b, c, d, args, e, f, kw)
print(f(1, 2, 3, e=5))
print(f(1, 2, c=3, e=5))
print(f(1, 2, 3, 40, 50, 60, e=5, f=7, g=8))
def t(call):
    try:
        print(call())
    except TypeError as ex:
        print("TypeError", ex)
t(lambda: f(1, 2, 3))
t(lambda: f(1, b=2, c=3, e=5))
t(lambda: f(1, 2, 3, c=3, e=5))
t(lambda: f(1, 2, 3, e=5, zz=1, **{"yy": 2}))
def g(x, y=2):
    return x, y
t(lambda: g())
t(lambda: g(1, 2, 3))
t(lambda: g(1, z=3))
t(lambda: g(1, x=3))
def h(*, k):
    return k
t(lambda: h(1))
t(lambda: h())
t(lambda: h(k=9))
def star(*args, **kwargs):
    return args, kwargs
print(star(*[1, 2], *(3,), **{"a": 1}, b=2))
t(lambda: star(**{"a": 1}, **{"a": 2}))
def po(a, b=2, /):
    return a, b
print(po(1), po(1, 3))
t(lambda: po(a=1))
print(f.__code__.co_argcount, f.__code__.co_posonlyargcount, f.__code__.co_kwonlyargcount)
print(f.__defaults__, f.__kwdefaults__)
def mutable_default(x, acc=[]):
    acc.append(x)
    return acc
print(mutable_default(1), mutable_default(2))
def kw_with_posonly_name(a, /, **kw):
    return a, kw
print(kw_with_posonly_name(1, a=2))
def many(a, b, c, d):
    return a + b + c + d
t(lambda: many(1, 2))
t(lambda: many(1, 2, 3, 4, 5))
print(many(*"ab", *"cd"))
t(lambda: many(**{1: 2}))
def kwonly_defaults(a, *, b=1, c):
    return a, b, c
print(kwonly_defaults(0, c=3))
t(lambda: kwonly_defaults(0))
t(lambda: kwonly_defaults())
