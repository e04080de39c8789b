import re
import sys
import threading
import time
import warnings


def mask(s):
    return re.sub(r'\b\d{4,}\b', 'ID', s)


def worker(ev, out):
    out.append(threading.current_thread().name)
    ev.wait()


ev = threading.Event()
out = []
t = threading.Thread(target=worker, args=(ev, out))
print(t.name.split(' ', 1)[1] if ' ' in t.name else t.name, re.sub(r'Thread-\d+', 'Thread-N', t.name))
print(mask(repr(t)))
print(t.is_alive(), t.ident, t.native_id, t.daemon)
try:
    t.join()
except RuntimeError as e:
    print('RuntimeError:', e)
t.start()
print(mask(repr(t)))
print(t.is_alive(), type(t.ident), type(t.native_id), t.ident == t.ident)
try:
    t.start()
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    t.daemon = True
except RuntimeError as e:
    print('RuntimeError:', e)
print(t in threading.enumerate(), threading.active_count())
t.join(0.05)
print('after join timeout alive:', t.is_alive())
ev.set()
t.join()
print(mask(repr(t)), t.is_alive(), out == [t.name])
print(t not in threading.enumerate(), threading.active_count())

# names
a = threading.Thread()
b = threading.Thread(target=len)
c = threading.Thread(target=lambda: None)
d = threading.Thread(name=42)
e = threading.Thread(name='', target=print)
class Callable:
    def __call__(self):
        pass
f = threading.Thread(target=Callable())
names = [x.name for x in (a, b, c, d, e, f)]
nums = [int(m) for n in names for m in re.findall(r'Thread-(\d+)', n)]
print([re.sub(r'Thread-\d+', 'Thread-N', n) for n in names])
print('consecutive:', nums == list(range(nums[0], nums[0] + len(nums))))
d.name = 3.5
print(repr(d.name))

# daemon
dt = threading.Thread(target=time.sleep, args=(0.01,), daemon=True)
print(mask(repr(dt)))
dt.start()
print(mask(repr(dt)))
dt.join()
print(mask(repr(dt)))

# main thread
m = threading.main_thread()
print(mask(repr(m)), type(m).__name__, m.name, m.daemon, m is threading.current_thread())
print(m.ident == threading.get_ident(), m.native_id == threading.get_native_id())
try:
    threading.current_thread().join()
except RuntimeError as e:
    print('RuntimeError:', e)

# current_thread in a thread inherits daemon
res = []
def inner():
    res.append(threading.Thread().daemon)
    res.append(threading.current_thread().daemon)
t = threading.Thread(target=inner, daemon=True)
t.start(); t.join()
print('inherited daemon:', res)

# subclass
class MyThread(threading.Thread):
    def __init__(self, value):
        super().__init__()
        self.value = value
        self.result = None
    def run(self):
        self.result = self.value * 2
mt = MyThread(21)
print(mask(repr(mt)).replace(mt.name, 'NAME'))
mt.start(); mt.join()
print(mt.result, mask(repr(mt)).replace(mt.name, 'NAME'))

# kwargs
got = {}
t = threading.Thread(target=lambda **kw: got.update(kw), kwargs={'a': 1})
t.start(); t.join()
print(got)
try:
    del t._target
except AttributeError:
    print('target deleted after run')

# Thread without __init__
class Bad(threading.Thread):
    def __init__(self):
        pass
bad = Bad()
for op in (bad.start, bad.join):
    try:
        op()
    except RuntimeError as e:
        print('RuntimeError:', e)
try:
    repr(bad)
except AssertionError as e:
    print('AssertionError:', e)
try:
    bad.is_alive()
except AssertionError as e:
    print('AssertionError:', e)
try:
    bad.daemon = True
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    threading.Thread(group=1)
except AssertionError as e:
    print('AssertionError:', e)

# deprecated aliases
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    x = threading.Thread(name='x')
    x.isDaemon(); x.setDaemon(True); x.getName(); x.setName('y')
    threading.currentThread(); threading.activeCount()
    ev = threading.Event(); ev.isSet()
    cond = threading.Condition()
    with cond:
        cond.notifyAll()
    for item in w:
        print(item.category.__name__, item.message, item.filename == __file__)
print(x.name, x.daemon)

# Timer
hits = []
tm = threading.Timer(0.01, hits.append, args=['fired'])
print(re.sub(r'Thread-\d+', 'Thread-N', tm.name), tm.interval, tm.args, tm.kwargs)
tm.start(); tm.join()
print(hits)
tm = threading.Timer(10, hits.append, args=['never'])
tm.start(); tm.cancel(); tm.join()
print(hits, tm.finished.is_set())
tm = threading.Timer(0, lambda **k: hits.append(k), kwargs={'k': 1})
tm.start(); tm.join()
print(hits)

# module level odds and ends
print(threading.TIMEOUT_MAX > 0, threading.stack_size(), threading.ThreadError)
print(sorted(threading.__all__))
print(threading.gettrace(), threading.getprofile())
def tracer(*a):
    return None
threading.settrace(tracer)
threading.setprofile(tracer)
seen = []
t = threading.Thread(target=lambda: seen.append((sys.gettrace() is tracer, sys.getprofile() is tracer)))
t.start(); t.join()
print(seen, threading.gettrace() is tracer, threading.getprofile() is tracer)
threading.settrace(None)
threading.setprofile(None)
print(threading.Lock, type(threading.Lock()), threading._allocate_lock is threading.Lock)

# Threads started with _thread show up as dummy threads
import _thread
box = []
done = threading.Event()
def raw():
    ct = threading.current_thread()
    box.append((type(ct).__name__, re.sub(r'\d+', 'N', ct.name), ct.daemon, ct.is_alive(), mask(repr(ct))))
    done.set()
_thread.start_new_thread(raw, ())
done.wait()
print(box)
dummy = threading.current_thread() if False else None
ct = []
def get_dummy():
    ct.append(threading.current_thread())
    done2.set()
done2 = threading.Event()
_thread.start_new_thread(get_dummy, ())
done2.wait()
try:
    ct[0].join()
except AssertionError as e:
    print('AssertionError:', e)
class NoSuper(threading.Thread):
    def __init__(self):
        self.x = 1
try:
    NoSuper().name
except AssertionError as e:
    print('AssertionError:', e)
tm = threading.Timer(5, print)
print(re.sub(r'Thread-\d+', 'Thread-N', repr(tm)), type(tm).__mro__)
tl = threading.Thread(target=lambda *a: print('args', a), args=[1, 2])
tl.start(); tl.join()
print(threading.Thread.__init__.__defaults__, threading.Thread.__init__.__kwdefaults__)
