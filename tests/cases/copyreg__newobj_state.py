import copy, copyreg
def show(r):
    return tuple(getattr(x, '__name__', x) if callable(x) else (list(x) if hasattr(x, '__next__') else x) for x in r)
class KW:
    def __new__(cls, a, *, b):
        o = object.__new__(cls); o.a = a; o.b = b; return o
    def __getnewargs_ex__(self): return ((self.a,), {'b': self.b})
class St:
    def __init__(self): self.v = 1
    def __getstate__(self): return {'v': self.v * 10}
    def __setstate__(self, s): self.v = s['v'] + 1
class D(dict): pass
class Sl:
    __slots__ = ('x', 'y')
    def __init__(self): self.x = 1
class Both:
    __slots__ = ('s', '__dict__')
    def __init__(self): self.s = 2; self.d = 3
class Empty: pass
for obj in (KW(1, b=2), St(), D(a=1), Sl(), Both(), Empty(), 5, 'str', (1, 2), [1, 2]):
    for proto in (2, 4):
        try:
            print(type(obj).__name__, proto, show(obj.__reduce_ex__(proto)))
        except Exception as e:
            print(type(obj).__name__, proto, type(e).__name__, e)
k = copy.copy(KW(3, b=4)); print(k.a, k.b)
s = copy.copy(St()); print(s.v)
d = copy.deepcopy(D(a=[1])); print(type(d).__name__, d)
sl = copy.copy(Sl()); print(sl.x, hasattr(sl, 'y'))
b = copy.deepcopy(Both()); print(b.s, b.d)
for obj in (Empty(), D(a=1)):
    try: print(type(obj).__name__, show(obj.__reduce_ex__(1)))
    except Exception as e: print(type(e).__name__, e)
class BadNA:
    def __getnewargs__(self): return [1]
try: BadNA().__reduce_ex__(2)
except TypeError as e: print(e)
class BadNAE:
    def __getnewargs_ex__(self): return (1, 2, 3)
try: BadNAE().__reduce_ex__(2)
except ValueError as e: print(e)
print(copyreg._reconstructor(D, dict, {'k': 1}), type(copyreg._reconstructor(D, dict, {'k': 1})).__name__)
print(copyreg.__newobj_ex__(KW, (1,), {'b': 9}).b)
