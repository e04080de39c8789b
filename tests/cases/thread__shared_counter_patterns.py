# Shared-state patterns: lock-protected counter, per-thread results list, queue-based fan-in.
import threading, queue
N, T = 20000, 6
count = 0
lock = threading.Lock()
def safe_add():
    global count
    for _ in range(N):
        with lock:
            count += 1
ts = [threading.Thread(target=safe_add) for _ in range(T)]
for t in ts: t.start()
for t in ts: t.join()
print("locked counter:", count, count == N * T)
results = [None] * T
def compute(i):
    results[i] = sum(range(i * 1000, (i + 1) * 1000))
ts = [threading.Thread(target=compute, args=(i,)) for i in range(T)]
for t in ts: t.start()
for t in ts: t.join()
print(results, sum(results) == sum(range(T * 1000)))
out = queue.Queue()
def emit(i):
    for j in range(3):
        out.put((i, j))
ts = [threading.Thread(target=emit, args=(i,)) for i in range(4)]
for t in ts: t.start()
for t in ts: t.join()
items = []
while not out.empty():
    items.append(out.get())
print(sorted(items))
per_thread = {i: [j for (k, j) in items if k == i] for i in range(4)}
print("per-producer order kept:", all(v == [0, 1, 2] for v in per_thread.values()))
d = {}
def fill(base):
    for i in range(5000):
        d[base + i] = base
ts = [threading.Thread(target=fill, args=(b * 10000,)) for b in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(len(d), sorted(set(d.values())))
