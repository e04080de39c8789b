import pickle, sys
def f():
    class L: pass
    def g(): pass
    return L, g
L, g = f()
def h(): pass
h2 = h
def h(): pass
lam = lambda: 0
class A:
    def m(self): pass
    @staticmethod
    def s(): pass
    @classmethod
    def c(cls): pass
mod = type(sys)('fakemod')
for o in [L(), L, g, h2, lam, A.m, A().m, A.s, A.c, mod, iter([1]), (x for x in []), sys._getframe(), print, A.__init__]:
    for p in (0, 2, 4):
        try:
            s = pickle.dumps(o, p)
            print(p, s[:80])
        except Exception as e:
            print(p, type(e).__name__, str(e).split(' at 0x')[0])
class B: pass
for o in [[].append, object.__init__, str.__add__, dict.fromkeys, B().__init__, sys.getrecursionlimit, len, A().m, A.c]:
    for p in (0, 2, 4):
        s = pickle.dumps(o, p)
        print(p, s)
        r = pickle.loads(s)
