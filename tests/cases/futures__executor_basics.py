# ThreadPoolExecutor: submit, result, exception, map (with timeout), shutdown, context manager.
from concurrent.futures import ThreadPoolExecutor, Future, TimeoutError as FTimeout
import time
def square(x):
    return x * x
def fail(x):
    raise ValueError(f"bad {x}")
with ThreadPoolExecutor(max_workers=4) as ex:
    f = ex.submit(square, 7)
    print(f.result(), f.done(), f.exception(), f.cancelled(), f.running())
    print(list(ex.map(square, range(10))))
    print(list(ex.map(pow, [2, 3], [5, 2])))
    bad = ex.submit(fail, 1)
    print(type(bad.exception()).__name__, bad.exception())
    try:
        bad.result()
    except ValueError as e:
        print("ValueError", e)
    it = ex.map(fail, [1, 2])
    try:
        list(it)
    except ValueError as e:
        print("map raised", e)
    slow = ex.submit(time.sleep, 0.3)
    try:
        slow.result(timeout=0.01)
    except FTimeout:
        print("TimeoutError on result")
    try:
        list(ex.map(time.sleep, [0.3], timeout=0.01))
    except FTimeout:
        print("TimeoutError on map")
    print(ex.submit(lambda a, b=2: a + b, 1, b=10).result())
ex2 = ThreadPoolExecutor(max_workers=2)
fs = [ex2.submit(square, i) for i in range(5)]
ex2.shutdown(wait=True)
print([f.result() for f in fs])
try:
    ex2.submit(square, 1)
except RuntimeError as e:
    print("RuntimeError", e)
try:
    ThreadPoolExecutor(max_workers=0)
except ValueError as e:
    print("ValueError", e)
print(issubclass(FTimeout, TimeoutError))
with ThreadPoolExecutor(thread_name_prefix="pool") as ex3:
    import threading
    name = ex3.submit(lambda: threading.current_thread().name).result()
print(name.startswith("pool_"))
