# Smoke test that avoids re and string methods, so that it can run on
# an early pyrite VM too (compare its output with CPython's).
import threading
import queue
import time


def strip_ident(r):
    # "<Thread(name, started 1234)>" -> "<Thread(name, started ID)>"
    # (written without str methods, which early pyrite lacks)
    end = len(r) - 2
    start = end
    while start > 0 and r[start - 1] in '0123456789':
        start -= 1
    if start < end and r[start - 1] == ' ':
        return r[:start] + 'ID)>'
    return r


print(strip_ident(repr(threading.main_thread())))
t = threading.Thread(target=print, args=('in thread',), name='smoke')
print(repr(t))
t.start()
t.join()
print(strip_ident(repr(t)), t.is_alive())
try:
    t.start()
except RuntimeError as e:
    print('RuntimeError:', e)

lock = threading.Lock()
rlock = threading.RLock()
with lock:
    print('lock held', lock.locked())
with rlock:
    with rlock:
        print('rlock reentered')

cond = threading.Condition()
box = []
def producer():
    time.sleep(0.02)
    with cond:
        box.append('item')
        cond.notify()
threading.Thread(target=producer).start()
with cond:
    print('wait_for:', cond.wait_for(lambda: box, timeout=5))

sem = threading.BoundedSemaphore(1)
sem.acquire()
sem.release()
try:
    sem.release()
except ValueError as e:
    print('ValueError:', e)

ev = threading.Event()
threading.Timer(0.02, ev.set).start()
print('event:', ev.wait(5))

bar = threading.Barrier(3)
idx = []
ths = [threading.Thread(target=lambda: idx.append(bar.wait())) for _ in range(3)]
for x in ths:
    x.start()
for x in ths:
    x.join()
print('barrier:', sorted(idx))

loc = threading.local()
loc.v = 'main'
seen = []
def other():
    seen.append(hasattr(loc, 'v'))
    loc.v = 'other'
x = threading.Thread(target=other)
x.start()
x.join()
print('local:', loc.v, seen)

q = queue.Queue(2)
q.put(1)
q.put(2)
try:
    q.put(3, timeout=0.01)
except queue.Full:
    print('Full')
print(q.get(), q.get())
try:
    q.get_nowait()
except queue.Empty:
    print('Empty')
try:
    q.get(timeout=-1)
except ValueError as e:
    print('ValueError:', e)

q = queue.Queue(2)
results = []
def worker():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        results.append(item * 2)
        q.task_done()
ws = [threading.Thread(target=worker) for _ in range(3)]
for w in ws:
    w.start()
for i in range(10):
    q.put(i)
for w in ws:
    q.put(None)
q.join()
for w in ws:
    w.join()
print('queue results:', sorted(results))

def boom():
    raise ValueError('boom')
b = threading.Thread(target=boom, name='boomer')
b.start()
b.join()
print('active:', threading.active_count())

import concurrent.futures as cf
with cf.ThreadPoolExecutor(max_workers=3) as ex:
    futs = [ex.submit(pow, 2, i) for i in range(8)]
    print('futures:', [f.result() for f in futs])
    print('map:', list(ex.map(abs, [-1, -2, -3])))
    done = sorted(f.result() for f in cf.as_completed(futs))
    print('as_completed:', done)
    bad = ex.submit(boom)
    print('exception:', repr(bad.exception()))
f = cf.Future()
print(f.done(), f.cancel(), f.cancelled())
try:
    f.result()
except cf.CancelledError:
    print('CancelledError')
print('done')
