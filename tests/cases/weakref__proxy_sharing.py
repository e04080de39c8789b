# weakref argument errors, proxy sharing, repr suffix, proxy truth/len.
import weakref
class A: pass
def f(): pass
a = A()
for args in [(), (a, None, 1)]:
    try: weakref.ref(*args)
    except TypeError as e: print(e)
try: weakref.ref(a)(1)
except TypeError as e: print(e)
try: weakref.proxy()
except TypeError as e: print(e)
p1 = weakref.proxy(a); p2 = weakref.proxy(a)
print(p1 is p2, weakref.getweakrefcount(a))
r = weakref.ref(f)
print(repr(r).split(';')[1].split(' at ')[0], repr(r).endswith(' (f)>'))
print(weakref.ref(a, None) is weakref.ref(a))
print(bool(p1), str(p1)[:10], isinstance(p1, A), p1.__class__)
class B:
    def __len__(self): return 0
b = B(); pb = weakref.proxy(b)
print(bool(pb), len(pb))
try: weakref.proxy(1)
except TypeError as e: print(e)
print(weakref.ref(a).__hash__() == hash(a))
print(weakref.ref(a) < weakref.ref(a) if False else 'skip')
print(weakref.ReferenceType.__name__, weakref.ProxyType.__name__, weakref.CallableProxyType.__module__)
