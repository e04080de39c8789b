# weakref: ref/proxy/WeakValueDictionary/finalize with refcount-deterministic collection; gc.collect for cycles.
import weakref, gc
class Obj:
    def __init__(self, name): self.name = name
    def __repr__(self): return f"Obj({self.name})"
o = Obj("a")
r = weakref.ref(o)
print(r() is o, repr(r).startswith("<weakref at 0x"))
del o
print(r())
events = []
o2 = Obj("b")
weakref.finalize(o2, events.append, "finalized b")
p = weakref.proxy(o2)
print(p.name)
del o2
print(events)
try:
    p.name
except ReferenceError as e:
    print("ReferenceError", e)
cache = weakref.WeakValueDictionary()
keep = Obj("kept")
cache["k"] = keep
cache["t"] = Obj("temp")
print(sorted(cache.keys()))
wk = weakref.WeakKeyDictionary()
key = Obj("key")
wk[key] = 1
print(len(wk))
del key
print(len(wk))
class Cyclic:
    def __init__(self): self.me = self
c = Cyclic()
cr = weakref.ref(c)
del c
gc.collect()
print("cycle collected:", cr() is None)
callbacks = []
o3 = Obj("c")
r3 = weakref.ref(o3, lambda ref: callbacks.append("callback ran"))
del o3
print(callbacks, r3() is None)
print(weakref.getweakrefcount(keep), type(weakref.ref(keep)).__name__)
try:
    weakref.ref(1)
except TypeError as e:
    print("TypeError", e)
