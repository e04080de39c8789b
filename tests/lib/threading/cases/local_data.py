import gc
import threading
import weakref

data = threading.local()
print(type(data), type(data).__name__, type(data).__module__)
data.x = 1
print(data.x, data.__dict__)
res = []
def check():
    res.append(hasattr(data, 'x'))
    data.x = 2
    res.append(data.__dict__)
t = threading.Thread(target=check)
t.start(); t.join()
print(res, data.x, data.__dict__)
for action in ("set", "del"):
    try:
        if action == "set":
            data.__dict__ = {}
        else:
            del data.__dict__
    except AttributeError as e:
        print('AttributeError:', e)
try:
    threading.local(1)
except TypeError as e:
    print('TypeError:', e)
try:
    threading.local(a=1)
except TypeError as e:
    print('TypeError:', e)
del data.x
try:
    data.x
except AttributeError as e:
    print('AttributeError')
try:
    del data.x
except AttributeError as e:
    print('AttributeError on del')


class MyLocal(threading.local):
    initial = 'class attr'
    __slots__ = ('slot',)
    def __init__(self, color='red'):
        self.color = color
        self.inits = getattr(self, 'inits', 0) + 1
    def describe(self):
        return '%s/%s/%s' % (self.color, self.inits, self.initial)

m = MyLocal('blue')
print(type(m).__name__, m.describe(), m.__dict__)
m.color = 'green'
m.slot = 'shared slot'
out = []
def use():
    out.append(m.describe())
    out.append(m.__dict__)
    out.append(m.slot)
    m.color = 'yellow'
t = threading.Thread(target=use)
t.start(); t.join()
print(out, m.describe())
try:
    m.__dict__ = {}
except AttributeError as e:
    print('AttributeError:', e)

# many threads, isolated values
shared = threading.local()
results = []
lock = threading.Lock()
def work(k):
    shared.value = k
    for _ in range(100):
        assert shared.value == k
    with lock:
        results.append(shared.value)
ths = [threading.Thread(target=work, args=(k,)) for k in range(10)]
for t in ths: t.start()
for t in ths: t.join()
print(sorted(results))

# per-thread values are freed when the thread ends
class Obj:
    pass
holder = threading.local()
refs = []
def keep():
    o = Obj()
    refs.append(weakref.ref(o))
    holder.obj = o
t = threading.Thread(target=keep)
t.start(); t.join()
gc.collect()
print('freed after thread end:', refs[0]() is None)
# ... and when the local object dies
loc = threading.local()
o = Obj()
r = weakref.ref(o)
loc.obj = o
del o, loc
gc.collect()
print('freed after local dies:', r() is None)

# __init__ failing in a new thread: retried on the next access
class Flaky(threading.local):
    calls = 0
    def __init__(self):
        type(self).calls += 1
        if type(self).calls == 2:
            raise RuntimeError('init failed once')
        self.ok = True
fl = Flaky()
out = []
def touch():
    for _ in range(2):
        try:
            out.append(fl.ok)
        except RuntimeError as e:
            out.append(str(e))
t = threading.Thread(target=touch)
t.start(); t.join()
print(out, Flaky.calls)
