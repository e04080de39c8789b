# Semaphore and BoundedSemaphore: limits concurrency, acquire timeouts, over-release.
import threading, time
sem = threading.Semaphore(3)
active = 0
peak = 0
guard = threading.Lock()
def limited():
    global active, peak
    with sem:
        with guard:
            active += 1
            peak = max(peak, active)
        time.sleep(0.01)
        with guard:
            active -= 1
ts = [threading.Thread(target=limited) for _ in range(12)]
for t in ts: t.start()
for t in ts: t.join()
print("peak concurrency <= 3:", peak <= 3, "final active:", active)
s = threading.Semaphore(1)
print(s.acquire(), s.acquire(blocking=False), s.acquire(timeout=0.01))
s.release()
s.release()
print(s.acquire(blocking=False), s.acquire(blocking=False), s.acquire(blocking=False))
s2 = threading.Semaphore(0)
s2.release(3)
print([s2.acquire(blocking=False) for _ in range(4)])
try:
    threading.Semaphore(-1)
except ValueError as e:
    print("ValueError", e)
b = threading.BoundedSemaphore(2)
b.acquire()
b.release()
try:
    b.release()
except ValueError as e:
    print("ValueError", e)
print(type(b).__name__, isinstance(b, threading.Semaphore))
gate = threading.Semaphore(0)
order = []
def waiter(i):
    gate.acquire()
    with guard:
        order.append(i)
ws = [threading.Thread(target=waiter, args=(i,)) for i in range(4)]
for w in ws: w.start()
for _ in range(4):
    gate.release()
for w in ws: w.join()
print(sorted(order))
