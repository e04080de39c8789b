import inspect, functools
from inspect import Parameter, Signature, signature

def f(a, b=1, *args, c, d=2, **kw): pass
def g(x, y, /, z=3, *, w): pass
def h(a: int, b: 'str' = 'x', *c: float, d: list = None, **e: dict) -> bool: pass
def n(): pass
async def co(a): pass
class A:
    def __init__(self, p, q=2): pass
    def meth(self, r, *, s=1): pass
    @classmethod
    def cm(cls, t): pass
    @staticmethod
    def sm(u, v=0): pass
    def __call__(self, k): pass
class B: pass
class M(type):
    def __call__(cls, m1, m2): pass
class C(metaclass=M): pass
class N:
    def __new__(cls, nn, *a): return super().__new__(cls)

for obj in (f, g, h, n, co, A, A.meth, A(1).meth, A.cm, A.sm, A(1), B, C, N,
            functools.partial(f, 1, c=3), functools.partial(g, 1), lambda x, *, y=2: 0):
    s = signature(obj)
    print(str(s), repr(s) == '<Signature %s>' % s)
s = signature(h)
for p in s.parameters.values():
    print(repr(p), p.name, p.kind, repr(p.kind), p.kind.description, p.default, p.annotation)
print(s.return_annotation, s.parameters['a'].empty is Parameter.empty, s.empty is inspect._empty)
ba = signature(f).bind(1, 2, 3, 4, c=5, z=6)
print(ba, ba.args, ba.kwargs)
ba = signature(f).bind_partial(1)
ba.apply_defaults(); print(ba.arguments)
for args, kwargs in [((), {}), ((1,), {}), ((1, 2), {'c': 1, 'b': 3}), ((1,), {'c': 2, 'zz': 1})]:
    try:
        signature(f).bind(*args, **kwargs)
    except TypeError as e:
        print('TypeError:', e)
try: signature(g).bind(1, y=2, w=1)
except TypeError as e: print('TypeError:', e)
try: signature(n).bind(1)
except TypeError as e: print('TypeError:', e)
P = Parameter
sig = Signature([P('a', P.POSITIONAL_ONLY), P('b', P.POSITIONAL_OR_KEYWORD, default=2),
                 P('c', P.KEYWORD_ONLY, annotation=int)], return_annotation=list)
print(sig, sig.replace(return_annotation=Signature.empty))
for bad in ([P('a', P.KEYWORD_ONLY), P('b', P.POSITIONAL_ONLY)],
            [P('a', P.POSITIONAL_ONLY, default=1), P('b', P.POSITIONAL_ONLY)],
            [P('a', P.POSITIONAL_ONLY), P('a', P.KEYWORD_ONLY)]):
    try: Signature(bad)
    except ValueError as e: print('ValueError:', e)
for args in (('1x', P.POSITIONAL_ONLY), ('a', 99), ('if', P.KEYWORD_ONLY)):
    try: P(*args)
    except ValueError as e: print('ValueError:', e)
try: P('a', P.VAR_POSITIONAL, default=1)
except ValueError as e: print('ValueError:', e)
try: signature(3)
except TypeError as e: print('TypeError:', e)
print(P('a', P.POSITIONAL_ONLY) == P('a', P.POSITIONAL_ONLY), P('x', P.VAR_KEYWORD).replace(name='y'))
print(signature(f) == signature(f), hash(signature(f)) == hash(signature(f)))
@functools.wraps(f)
def wrapper(*a, **k): return f(*a, **k)
print(signature(wrapper), signature(wrapper, follow_wrapped=False))
print(inspect.getfullargspec(f))
print(inspect.getfullargspec(h))
print(inspect.getfullargspec(A.meth))
print(inspect.getfullargspec(g))
print(inspect.getcallargs(f, 1, 2, 3, c=4, e=5))
def deco(fn):
    fn.__signature__ = Signature([P('q', P.POSITIONAL_OR_KEYWORD)])
    return fn
print(signature(deco(lambda: 0)))
print(list(inspect._ParameterKind), int(P.KEYWORD_ONLY))
