# Weak references dying before their referent, callbacks that delete other
# references, weakrefs to weakrefs, resurrection by __del__, raising callbacks.
import weakref

class A:
    pass

a = A()
refs = [weakref.ref(a, lambda r: None) for _ in range(1000)]
del refs[::2]
print(weakref.getweakrefcount(a))
refs.clear()
print(weakref.getweakrefcount(a))
b = A()
holder = {}
def cb(r):
    holder.pop("other", None)
    print("cb ran")
holder["r1"] = weakref.ref(b, cb)
holder["other"] = weakref.ref(b, lambda r: print("other cb"))
del b
print(sorted(holder))
c = A()
r = weakref.ref(c)
class R(weakref.ref):
    pass
rr = R(c)
print(weakref.ref(rr)() is rr)
del c
print(r(), rr())
keep = []
class D:
    def __del__(self):
        keep.append(self)
d = D()
wd = weakref.ref(d, lambda r: print("D callback"))
del d
print(len(keep), wd() is keep[0])
keep.clear()
print("cleared", wd())
wvd = weakref.WeakValueDictionary()
objs = [A() for _ in range(1000)]
for i, o in enumerate(objs):
    wvd[i] = o
del objs
print(len(wvd))
class Boom:
    def __repr__(self):
        return "<Boom callback>"
    def __call__(self, r):
        1 / 0
e = A()
we = weakref.ref(e, Boom())
del e
print("after raising callback")
