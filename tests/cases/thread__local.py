# threading.local: per-thread attributes, subclass with __init__ per thread.
import threading
data = threading.local()
data.value = "main"
seen = {}
lock = threading.Lock()
def worker(i):
    before = hasattr(data, "value")
    data.value = f"thread-{i}"
    with lock:
        seen[i] = (before, data.value)
ts = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(data.value, [seen[i] for i in sorted(seen)])
class Counter(threading.local):
    inits = 0
    def __init__(self, start):
        self.count = start
        with lock:
            Counter.inits += 1
c = Counter(10)
results = []
def bump():
    for _ in range(5):
        c.count += 1
    with lock:
        results.append(c.count)
ts = [threading.Thread(target=bump) for _ in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(results, c.count, Counter.inits)
try:
    threading.local(1)
except TypeError as e:
    print("TypeError", e)
loc = threading.local()
def deleter():
    loc.x = 1
    del loc.x
    with lock:
        results.append(hasattr(loc, "x"))
t = threading.Thread(target=deleter); t.start(); t.join()
print(results[-1], type(loc).__name__)
try:
    loc.missing
except AttributeError as e:
    print("AttributeError", e)
