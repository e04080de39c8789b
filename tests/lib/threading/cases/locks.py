# skip-config: no-rlock no-traceback  (the Python _RLock has its own repr, as in CPython; uses traceback)
import re
import threading
import time
import _thread


def mask(s):
    return re.sub(r'\b\d{5,}\b', 'ID', s)


lock = threading.Lock()
print(type(lock) is _thread.LockType, lock.acquire(), lock.locked(), lock.acquire(False))
lock.release()
print(lock.acquire(timeout=0.01), lock.acquire(timeout=0.01))
lock.release()

for factory in (threading.RLock, threading._PyRLock):
    r = factory()
    print(mask(repr(r)))
    print(r.acquire(), r.acquire(), r._is_owned(), r._recursion_count() if hasattr(r, '_recursion_count') else None)
    print(mask(repr(r)).replace('MainThread', 'OWNER'))
    r.release()
    print(mask(repr(r)).replace('MainThread', 'OWNER'))
    r.release()
    try:
        r.release()
    except RuntimeError as e:
        print('RuntimeError:', e)
    with r:
        other = []
        t = threading.Thread(target=lambda: other.append(r.acquire(False)))
        t.start(); t.join()
        print('other thread acquire:', other)
    try:
        r._release_save()
    except RuntimeError as e:
        print('RuntimeError:', e)
    r.acquire(); r.acquire()
    st = r._release_save()
    print(st[0], st[1] == threading.get_ident(), mask(repr(r)))
    r._acquire_restore(st)
    print(r._is_owned(), mask(repr(r)).replace('MainThread', 'OWNER'))
    r.release(); r.release()
    print(threading.RLock is not None)

# Condition
c = threading.Condition()
print(mask(repr(c)).replace('MainThread', 'OWNER'))
for op in (c.wait, c.notify, c.notify_all):
    try:
        op()
    except RuntimeError as e:
        print('RuntimeError:', e)
with c:
    t0 = time.monotonic()
    print(c.wait(0.05), time.monotonic() - t0 >= 0.04)
    print(c.wait(0), c.wait(-1))
    print(c.wait_for(lambda: 0, timeout=0.02))
    print(c.wait_for(lambda: 'yes', timeout=0.02))
    print(c.wait_for(lambda: [], timeout=0))
lc = threading.Condition(threading.Lock())
print(re.sub(r'0x[0-9a-f]+', 'ADDR', repr(lc)))
with lc:
    print(lc._is_owned(), lc.wait(0.01))
print(lc._is_owned())

# producer / consumer
items = []
cond = threading.Condition()
got = []
def consumer():
    with cond:
        cond.wait_for(lambda: len(items) >= 3)
        got.extend(items)
ths = [threading.Thread(target=consumer) for _ in range(3)]
for t in ths:
    t.start()
for i in range(3):
    time.sleep(0.01)
    with cond:
        items.append(i)
        cond.notify_all()
for t in ths:
    t.join()
print(got)

# notify(n)
woken = []
cond = threading.Condition(threading.Lock())
ready = threading.Semaphore(0)
def waiter(k):
    with cond:
        ready.release()
        if cond.wait(5):
            woken.append(k)
ths = [threading.Thread(target=waiter, args=(k,)) for k in range(4)]
for t in ths:
    t.start()
for _ in ths:
    ready.acquire()
with cond:
    print('waiters:', len(cond._waiters))
    cond.notify(2)
time.sleep(0.1)
print('woken after notify(2):', len(woken))
with cond:
    cond.notify_all()
for t in ths:
    t.join()
print('woken total:', sorted(woken))

# Semaphore
s = threading.Semaphore(2)
print(re.sub(r'0x[0-9a-f]+', 'ADDR', repr(s)))
print(s.acquire(), s.acquire(), s.acquire(False), s.acquire(timeout=0.02))
print(re.sub(r'0x[0-9a-f]+', 'ADDR', repr(s)))
s.release(2)
print(s._value)
for bad in (lambda: threading.Semaphore(-1), lambda: s.release(0), lambda: s.acquire(False, 1)):
    try:
        bad()
    except ValueError as e:
        print('ValueError:', e)
with s:
    print('in with', s._value)
print(s._value)
def later():
    time.sleep(0.05)
    s0.release()
s0 = threading.Semaphore(0)
threading.Thread(target=later).start()
print('blocking acquire:', s0.acquire(timeout=5))

b = threading.BoundedSemaphore(2)
print(re.sub(r'0x[0-9a-f]+', 'ADDR', repr(b)))
b.acquire()
print(re.sub(r'0x[0-9a-f]+', 'ADDR', repr(b)))
b.release()
for bad in (lambda: b.release(), lambda: b.release(0)):
    try:
        bad()
    except ValueError as e:
        print('ValueError:', e)
b.acquire(); b.acquire()
try:
    b.release(3)
except ValueError as e:
    print('ValueError:', e)
b.release(2)
print(b._value)

# Event
e = threading.Event()
print(re.sub(r'0x[0-9a-f]+', 'ADDR', repr(e)), e.is_set(), e.wait(0), e.wait(0.01))
e.set()
print(re.sub(r'0x[0-9a-f]+', 'ADDR', repr(e)), e.is_set(), e.wait(), e.wait(0))
e.clear()
print(e.is_set())
threading.Timer(0.02, e.set).start()
print('wait for timer:', e.wait(5))

# Barrier
bar = threading.Barrier(3, timeout=5)
print(re.sub(r'0x[0-9a-f]+', 'ADDR', repr(bar)), bar.parties, bar.n_waiting, bar.broken)
results = []
actions = []
bar = threading.Barrier(3, action=lambda: actions.append('action'))
def party():
    results.append(bar.wait())
ths = [threading.Thread(target=party) for _ in range(3)]
for t in ths:
    t.start()
for t in ths:
    t.join()
print(sorted(results), actions, bar.n_waiting, bar.broken)
# timeout breaks it
bar = threading.Barrier(2)
try:
    bar.wait(0.05)
except threading.BrokenBarrierError as e:
    print('BrokenBarrierError', repr(e), isinstance(e, RuntimeError))
print(re.sub(r'0x[0-9a-f]+', 'ADDR', repr(bar)), bar.broken)
try:
    bar.wait()
except threading.BrokenBarrierError:
    print('still broken')
bar.reset()
print(bar.broken, re.sub(r'0x[0-9a-f]+', 'ADDR', repr(bar)))
# abort while a thread waits
errs = []
def party2():
    try:
        bar.wait()
    except threading.BrokenBarrierError:
        errs.append('broken')
t = threading.Thread(target=party2)
t.start()
while bar.n_waiting < 1:
    time.sleep(0.005)
print(re.sub(r'0x[0-9a-f]+', 'ADDR', repr(bar)))
bar.abort()
t.join()
print(errs, bar.broken)
# reset while a thread waits
bar = threading.Barrier(2)
errs = []
t = threading.Thread(target=party2)
t.start()
while bar.n_waiting < 1:
    time.sleep(0.005)
bar.reset()
t.join()
print(errs, bar.broken, bar.n_waiting)
# action failing breaks the barrier
bar = threading.Barrier(1, action=lambda: 1 / 0)
try:
    bar.wait()
except ZeroDivisionError as e:
    print('ZeroDivisionError', e, bar.broken)
bar = threading.Barrier(1)
print(bar.wait(), bar.wait())
try:
    threading.Barrier(0).wait(0.01)
except Exception as e:
    print(type(e).__name__)
