# threading.Thread: target/args/kwargs, name, daemon, start/join, is_alive.
import threading
results = []
lock = threading.Lock()
def work(n, *, scale=1):
    with lock:
        results.append(n * scale)
threads = [threading.Thread(target=work, args=(i,), kwargs={"scale": 10}, name=f"worker-{i}") for i in range(5)]
print([t.name for t in threads], [t.is_alive() for t in threads], threads[0].daemon)
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results), [t.is_alive() for t in threads])
t = threading.Thread(target=lambda: None)
print(t.name.startswith("Thread-"), t.ident is None, t.native_id is None)
t.start(); t.join()
print(type(t.ident).__name__, t.ident is not None)
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError", e)
u = threading.Thread(target=print)
try:
    u.join()
except RuntimeError as e:
    print("RuntimeError", e)
d = threading.Thread(target=lambda: None, daemon=True)
print(d.daemon)
d.daemon = False
print(d.daemon)
d.start(); d.join()
try:
    d.daemon = True
except RuntimeError as e:
    print("RuntimeError", e)
named = threading.Thread(target=lambda: results.append(threading.current_thread().name), name="custom")
named.start(); named.join()
print(results[-1])
print(repr(threading.Thread(target=None, name="r")).startswith("<Thread(r, initial)>"))
ret = []
def f(a, b=2):
    ret.append(a + b)
x = threading.Thread(target=f, args=(1,))
x.start(); x.join()
print(ret)
print(threading.Thread(target=f, args=[5], kwargs=None).name.startswith("Thread-"))
