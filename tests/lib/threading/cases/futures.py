import concurrent.futures as cf
import re
import sys
import threading
import time
from concurrent.futures import _base


def m(x):
    return re.sub(r'0x[0-9a-f]+', 'ADDR', str(x))


print(sorted(cf.__all__), sorted(dir(cf)))
print(cf.TimeoutError is TimeoutError, cf.CancelledError.__mro__, cf.InvalidStateError.__mro__)
print(cf.BrokenExecutor.__mro__, cf.FIRST_COMPLETED, cf.FIRST_EXCEPTION, cf.ALL_COMPLETED)
try:
    cf.nothing
except AttributeError as e:
    print('AttributeError:', e)

f = cf.Future()
print(m(repr(f)), f.done(), f.running(), f.cancelled())
try:
    f.result(timeout=0.01)
except TimeoutError as e:
    print('TimeoutError', repr(e), type(e))
try:
    f.exception(timeout=0)
except TimeoutError as e:
    print('TimeoutError', repr(e))
print(f.set_running_or_notify_cancel(), m(repr(f)), f.running(), f.cancel())
f.set_result(42)
print(m(repr(f)), f.done(), f.result(), f.exception(), f.cancel())
for call in (lambda: f.set_result(1), lambda: f.set_exception(ValueError())):
    try:
        call()
    except cf.InvalidStateError as e:
        print('InvalidStateError:', m(e))
try:
    f.set_running_or_notify_cancel()
except RuntimeError as e:
    print('RuntimeError:', e)
print('-- logged above --', file=sys.stderr)

g = cf.Future()
g.set_exception(ValueError('bad'))
print(m(repr(g)), repr(g.exception()))
try:
    g.result()
except ValueError as e:
    print('ValueError', e)
n = cf.Future()
n.set_result(None)
print(m(repr(n)))
n = cf.Future()
n.set_result([1])
print(m(repr(n)))

c = cf.Future()
calls = []
c.add_done_callback(lambda fut: calls.append(('cb1', fut.cancelled())))
print(c.cancel(), c.cancel(), m(repr(c)), c.cancelled(), c.done(), calls)
for call in (c.result, c.exception):
    try:
        call()
    except cf.CancelledError as e:
        print('CancelledError', repr(e))
print(c.set_running_or_notify_cancel(), m(repr(c)))
try:
    c.set_result(1)
except cf.InvalidStateError as e:
    print('InvalidStateError:', m(e))
c.add_done_callback(lambda fut: calls.append('immediate'))
print(calls)

def bad_cb(fut):
    raise RuntimeError('callback failed')
d = cf.Future()
d.add_done_callback(bad_cb)
d.add_done_callback(lambda fut: print('second callback ran', fut.result()))
d.set_result(5)
sys.stderr.flush()
d.add_done_callback(bad_cb)

# result() from another thread
h = cf.Future()
threading.Timer(0.05, h.set_result, args=('late',)).start()
print(h.result(timeout=5))
print(cf.Future[int])

# wait()
fs = [cf.Future() for _ in range(3)]
fs[0].set_result(1)
r = cf.wait(fs, timeout=0.01)
print(type(r).__name__, r._fields, len(r.done), len(r.not_done), r.done == {fs[0]})
r = cf.wait(fs, timeout=0, return_when=cf.FIRST_COMPLETED)
print(len(r.done), len(r.not_done))
r = cf.wait(fs, timeout=0, return_when=cf.FIRST_EXCEPTION)
print(len(r.done), len(r.not_done))
fs[1].set_exception(KeyError())
r = cf.wait(fs, return_when=cf.FIRST_EXCEPTION)
print(len(r.done), len(r.not_done))
try:
    cf.wait(fs, return_when='bogus')
except ValueError as e:
    print('ValueError:', e)
fs[2].cancel(); fs[2].set_running_or_notify_cancel()
r = cf.wait(fs)
print(len(r.done), len(r.not_done), m(repr(cf.wait([]))))
e1 = cf.Future()
threading.Timer(0.02, e1.set_result, args=(1,)).start()
r = cf.wait([e1, cf.Future()], return_when=cf.FIRST_COMPLETED)
print(len(r.done), len(r.not_done))

# as_completed
a = [cf.Future() for _ in range(4)]
a[2].set_result('c')
order = []
try:
    for fut in cf.as_completed(a + [a[2]], timeout=0.05):
        order.append(a.index(fut))
        if len(order) == 1:
            a[0].set_result('a')
except TimeoutError as e:
    print('TimeoutError:', e)
print(order)
try:
    for fut in cf.as_completed(a, timeout=0):
        pass
except TimeoutError as e:
    print('TimeoutError:', e)
print(list(cf.as_completed([])))
print(all(not f_._waiters for f_ in a))

# ThreadPoolExecutor
def work(x):
    time.sleep(0.01 * (x % 3))
    if x == 4:
        raise ValueError('four')
    return x * 10, threading.current_thread().name.rsplit('_', 1)[0]

with cf.ThreadPoolExecutor(max_workers=2) as ex:
    print(ex._max_workers, re.sub(r'-\d+$', '-N', ex._thread_name_prefix))
    futs = [ex.submit(work, i) for i in range(6)]
    print([m(repr(f_)).split(' state=')[1] if f_.done() else 'x' for f_ in futs[:0]])
    for f_ in futs:
        try:
            print(f_.result())
        except ValueError as e:
            print('ValueError', e, m(repr(f_)))
    print(len(ex._threads), sorted(re.sub(r'Executor-\d+', 'Executor-N', t.name) for t in ex._threads))
print(all(not t.is_alive() for t in ex._threads))
try:
    ex.submit(work, 1)
except RuntimeError as e:
    print('RuntimeError:', e)

import os
ex = cf.ThreadPoolExecutor()
print(ex._max_workers == min(32, os.cpu_count() + 4))
ex.shutdown()
for bad in (lambda: cf.ThreadPoolExecutor(0), lambda: cf.ThreadPoolExecutor(-1),
            lambda: cf.ThreadPoolExecutor(initializer=5)):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)

with cf.ThreadPoolExecutor(3, thread_name_prefix='pool') as ex:
    print(list(ex.map(lambda x, y: x + y, [1, 2, 3], [10, 20, 30, 40])))
    print(list(ex.map(str, range(5), chunksize=2)))
    print(list(ex.map(str, [])))
    it = ex.map(work, range(6))
    try:
        for v in it:
            print(v)
    except ValueError as e:
        print('map ValueError', e)
    it = ex.map(time.sleep, [0, 0.5], timeout=0.1)
    try:
        print(list(it))
    except TimeoutError as e:
        print('map TimeoutError', repr(e))
    print(sorted(t.name for t in ex._threads))

inits = []
def init(tag):
    inits.append((tag, threading.current_thread().name))
with cf.ThreadPoolExecutor(2, 'ini', init, ('T',)) as ex:
    print(ex.submit(pow, 2, 5).result())
print(inits)

def bad_init():
    raise OSError('init failed')
ex = cf.ThreadPoolExecutor(1, initializer=bad_init)
fut = ex.submit(pow, 2, 2)
try:
    fut.result(timeout=5)
except cf.BrokenExecutor as e:
    print(type(e).__name__, e, type(e).__mro__)
try:
    ex.submit(pow, 2, 2)
except Exception as e:
    print(type(e).__name__, e)
ex.shutdown()
from concurrent.futures.thread import BrokenThreadPool
print(BrokenThreadPool.__module__)

# shutdown(cancel_futures=True)
gate = threading.Event()
ex = cf.ThreadPoolExecutor(1)
first = ex.submit(gate.wait)
rest = [ex.submit(pow, 2, i) for i in range(5)]
time.sleep(0.05)
ex.shutdown(wait=False, cancel_futures=True)
print([r_.cancelled() for r_ in rest], first.running())
gate.set()
ex.shutdown()
print(first.result(), first.done())

# cancelled before run + as_completed sees it
ex = cf.ThreadPoolExecutor(1)
gate = threading.Event()
blocker = ex.submit(gate.wait)
queued = ex.submit(pow, 3, 3)
print(queued.cancel(), blocker.cancel())
gate.set()
print([m(repr(x)).split('state=')[1] for x in cf.as_completed([blocker, queued])].count('cancelled'))
ex.shutdown()

# submit with keyword arguments, self/fn as keywords
with cf.ThreadPoolExecutor() as ex:
    print(ex.submit(dict, fn=1, self=2).result())
    try:
        ex.submit()
    except TypeError as e:
        print('TypeError')

# ProcessPoolExecutor importable
print(cf.ProcessPoolExecutor.__name__, issubclass(cf.ProcessPoolExecutor, cf.Executor))
from concurrent.futures.process import BrokenProcessPool
print(BrokenProcessPool.__mro__)
print(cf.ThreadPoolExecutor is cf.thread.ThreadPoolExecutor)

# An executor that is garbage collected without shutdown() lets its
# workers exit.
import gc
ex = cf.ThreadPoolExecutor(2)
print(ex.submit(pow, 2, 3).result())
workers = list(ex._threads)
del ex
gc.collect()
for w in workers:
    w.join(5)
print('workers exited:', [w.is_alive() for w in workers])
