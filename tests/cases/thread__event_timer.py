# Event (set/clear/wait/is_set) and Timer (start, cancel, args).
import threading
ev = threading.Event()
print(ev.is_set(), ev.wait(0.01))
ev.set()
print(ev.is_set(), ev.wait(), ev.wait(0))
ev.clear()
print(ev.is_set())
go = threading.Event()
results = []
lock = threading.Lock()
def runner(i):
    go.wait()
    with lock:
        results.append(i)
ts = [threading.Thread(target=runner, args=(i,)) for i in range(6)]
for t in ts: t.start()
print("before set:", results)
go.set()
for t in ts: t.join()
print("after set:", sorted(results))
fired = []
done = threading.Event()
def fire(tag, extra=None):
    fired.append((tag, extra))
    done.set()
tm = threading.Timer(0.02, fire, args=("timer",), kwargs={"extra": 1})
print(type(tm).__name__, isinstance(tm, threading.Thread))
tm.start()
done.wait(5)
tm.join()
print(fired)
cancelled = threading.Timer(10, fire, args=("never",))
cancelled.start()
cancelled.cancel()
cancelled.join(5)
print("cancelled alive:", cancelled.is_alive(), fired)
t0 = threading.Timer(0, lambda: fired.append(("zero", None)))
t0.start(); t0.join()
print(fired[-1])
e2 = threading.Event()
def setter():
    e2.set()
threading.Thread(target=setter).start()
print("waited:", e2.wait(5))
