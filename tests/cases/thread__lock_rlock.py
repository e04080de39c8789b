# Lock and RLock: acquire/release, blocking=False, timeout, locked(), reentrancy, errors.
import threading
lock = threading.Lock()
print(lock.locked(), lock.acquire(), lock.locked(), lock.acquire(blocking=False), lock.acquire(timeout=0.01))
lock.release()
print(lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError", e)
with lock:
    print("inside with:", lock.locked())
print("after with:", lock.locked())
try:
    lock.acquire(blocking=False, timeout=1)
except ValueError as e:
    print("ValueError", e)
try:
    lock.acquire(timeout=-5)
except ValueError as e:
    print("ValueError", e)
r = threading.RLock()
print(r.acquire(), r.acquire(), r.acquire(blocking=False))
r.release(); r.release(); r.release()
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError", e)
with r:
    with r:
        print("nested RLock ok")
def other_thread_release():
    try:
        r.release()
    except RuntimeError as e:
        out.append(f"RuntimeError {e}")
out = []
r.acquire()
t = threading.Thread(target=other_thread_release)
t.start(); t.join()
r.release()
print(out)
held = threading.Lock()
held.acquire()
res = []
def try_it():
    res.append(held.acquire(timeout=0.05))
t = threading.Thread(target=try_it)
t.start(); t.join()
print("other thread timed out:", res)
held.release()
counter = 0
def inc():
    global counter
    for _ in range(10000):
        with lock:
            counter += 1
ts = [threading.Thread(target=inc) for _ in range(8)]
for t in ts: t.start()
for t in ts: t.join()
print("counter", counter)
print(type(lock).__name__, type(r).__name__)
