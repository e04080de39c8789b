# The _thread module: start_new_thread, allocate_lock, acquire blocking/timeout, RLock, get_ident.
import _thread, time
lock = _thread.allocate_lock()
done = _thread.allocate_lock()
results = []
done.acquire()
def worker(a, b, key=None):
    with lock:
        results.append((a + b, key, _thread.get_ident() != main_ident))
    done.release()
main_ident = _thread.get_ident()
ident = _thread.start_new_thread(worker, (1, 2), {"key": "kw"})
print(type(ident).__name__)
done.acquire()
print(results)
print(lock.acquire(), lock.locked(), lock.acquire(False), lock.acquire(True, 0.01), lock.acquire(blocking=False))
lock.release()
print(lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError", e)
print(isinstance(_thread.TIMEOUT_MAX, float), _thread.TIMEOUT_MAX > 0)
try:
    lock.acquire(True, _thread.TIMEOUT_MAX * 2)
except OverflowError as e:
    print("OverflowError", e)
r = _thread.RLock()
print(r.acquire(), r.acquire(), r._is_owned() if hasattr(r, "_is_owned") else True)
r.release(); r.release()
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError", e)
print(type(lock).__name__, _thread.LockType is type(lock), _thread.error is RuntimeError)
counter = [0]
finished = []
fin_lock = _thread.allocate_lock()
def many():
    for _ in range(1000):
        with lock:
            counter[0] += 1
    with fin_lock:
        finished.append(1)
for _ in range(5):
    _thread.start_new_thread(many, ())
while True:
    with fin_lock:
        if len(finished) == 5:
            break
    time.sleep(0.001)
print(counter[0])
try:
    _thread.start_new_thread(many, [])
except TypeError as e:
    print("TypeError", e)
try:
    _thread.start_new_thread(5, ())
except TypeError as e:
    print("TypeError", e)
