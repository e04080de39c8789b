# WeakValueDictionary, WeakKeyDictionary, WeakSet, WeakMethod, finalize.
import weakref

class Obj:
    def __init__(self, n):
        self.n = n
    def method(self):
        return self.n * 2
    def __repr__(self):
        return "Obj(%d)" % self.n

objs = [Obj(i) for i in range(5)]
wvd = weakref.WeakValueDictionary()
for o in objs:
    wvd[o.n] = o
print(len(wvd), sorted(wvd), wvd[3], wvd.get(9, "missing"), 3 in wvd)
del objs[3]
print(len(wvd), sorted(wvd.keys()), 3 in wvd, wvd.get(3))
print(sorted(k for k, v in wvd.items()), sorted(v.n for v in wvd.values()))
print(wvd.pop(0), len(wvd), wvd.setdefault(1, None), wvd.pop(42, "dflt"))
try:
    wvd[3]
except KeyError as e:
    print("KeyError", e)
print(repr(wvd).startswith("<WeakValueDictionary at 0x"), len(wvd.copy()), len(wvd.valuerefs()))

wkd = weakref.WeakKeyDictionary()
for o in objs:
    wkd[o] = o.n * 100
print(len(wkd), wkd[objs[0]], objs[1] in wkd, 5 in wkd)
gone = objs.pop()
print(len(wkd))
del gone
print(len(wkd), sorted(wkd.values()), sorted(k.n for k in wkd.keys()))
print(wkd.setdefault(objs[0], 7), wkd.pop(objs[0]), len(wkd), len(wkd.keyrefs()))

ws = weakref.WeakSet(objs)
print(len(ws), objs[0] in ws, 3 in ws)
tmp = Obj(99)
ws.add(tmp)
print(len(ws))
del tmp
print(len(ws), sorted(o.n for o in ws))
ws2 = weakref.WeakSet([objs[0]])
print(ws2 <= ws, ws >= ws2, len(ws | ws2), len(ws & ws2), len(ws - ws2), ws2.isdisjoint(ws))
ws.discard(objs[0])
print(len(ws))
try:
    weakref.WeakSet().pop()
except KeyError as e:
    print("KeyError", e)

o = Obj(21)
wm = weakref.WeakMethod(o.method)
print(wm()(), wm() == o.method, wm == weakref.WeakMethod(o.method))
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print("TypeError", e)
dead_calls = []
wm2 = weakref.WeakMethod(o.method, dead_calls.append)
f = weakref.finalize(o, print, "finalizer ran for", 21)
print(f.alive, f.atexit, f.peek()[1:])
del o
print(wm(), len(dead_calls), f.alive, f())

p = Obj(30)
f2 = weakref.finalize(p, print, "finalize at exit", 30)
q = Obj(31)
f3 = weakref.finalize(q, print, "never: atexit disabled")
f3.atexit = False
f4 = weakref.finalize(Obj(32), print, "immediately")
print(f4.alive)
r = Obj(33)
f5 = weakref.finalize(r, print, "detached")
print(f5.detach()[1:], f5.alive, f5.detach())
print("end of main")
