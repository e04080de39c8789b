# Executor.map keeps input order even when tasks finish out of order; lazy consumption; zero-length input.
from concurrent.futures import ThreadPoolExecutor
import threading, time
def delayed(v):
    time.sleep(0.002 * (10 - v))
    return v * v
with ThreadPoolExecutor(max_workers=5) as ex:
    print(list(ex.map(delayed, range(10))))
    print(list(ex.map(delayed, [])))
    gen = ex.map(str, range(5))
    print(next(gen), next(gen), list(gen))
    print(list(ex.map(lambda a, b: a + b, "abc", "xyz")))
    print(list(ex.map(max, [1, 5], [4, 2], [3, 3])))
finish_order = []
lock = threading.Lock()
def record(v):
    time.sleep(0.005 * (3 - v))
    with lock:
        finish_order.append(v)
    return v
with ThreadPoolExecutor(max_workers=3) as ex:
    res = list(ex.map(record, range(3)))
print(res, sorted(finish_order))
