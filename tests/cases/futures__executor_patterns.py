# Executor usage patterns: fan-out/fan-in, nested submission, exceptions in map, worker reuse.
from concurrent.futures import ThreadPoolExecutor, as_completed
import threading
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
with ThreadPoolExecutor(max_workers=4) as ex:
    results = dict(zip(range(20, 30), ex.map(fib, range(20, 30))))
print(results)
names = set()
lock = threading.Lock()
def record(_):
    with lock:
        names.add(threading.current_thread().name)
    return 1
with ThreadPoolExecutor(max_workers=3, thread_name_prefix="w") as ex:
    print(sum(ex.map(record, range(50))))
print(len(names) <= 3, all(n.startswith("w_") for n in names))
def outer(ex, n):
    return [f.result() for f in [ex.submit(fib, i) for i in range(n)]]
with ThreadPoolExecutor(max_workers=8) as ex:
    print(ex.submit(outer, ex, 10).result())
def maybe(x):
    if x == 3:
        raise KeyError(x)
    return x
with ThreadPoolExecutor(max_workers=2) as ex:
    fs = [ex.submit(maybe, i) for i in range(6)]
    ok = sorted(f.result() for f in as_completed(fs) if f.exception() is None)
    errs = [repr(f.exception()) for f in fs if f.exception()]
print(ok, errs)
init_log = []
def init(tag):
    with lock:
        init_log.append(tag)
with ThreadPoolExecutor(max_workers=2, initializer=init, initargs=("init",)) as ex:
    list(ex.map(fib, range(10)))
print(set(init_log), 1 <= len(init_log) <= 2)
with ThreadPoolExecutor() as ex:
    print(ex._max_workers >= 1, ex.submit(sum, [1, 2, 3]).result())
chunks = [list(range(i, i + 10)) for i in range(0, 100, 10)]
with ThreadPoolExecutor(4) as ex:
    print(sum(ex.map(sum, chunks)), sum(range(100)))
