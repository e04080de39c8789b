# Barrier: parties, wait return indices, action, abort, reset, BrokenBarrierError.
import threading
N = 4
actions = []
b = threading.Barrier(N, action=lambda: actions.append("all arrived"))
indices = []
phases = []
lock = threading.Lock()
def worker(i):
    idx = b.wait()
    with lock:
        indices.append(idx)
        phases.append(("phase1", i))
    b.wait()
    with lock:
        phases.append(("phase2", i))
ts = [threading.Thread(target=worker, args=(i,)) for i in range(N)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(indices), actions, len(phases))
print(all(p == "phase1" for p, _ in phases[:N]), sorted(i for p, i in phases if p == "phase2"))
print(b.parties, b.n_waiting, b.broken)
b2 = threading.Barrier(2, timeout=0.05)
try:
    b2.wait()
except threading.BrokenBarrierError as e:
    print("BrokenBarrierError", repr(e), b2.broken)
try:
    b2.wait()
except threading.BrokenBarrierError:
    print("still broken")
b2.reset()
print("after reset broken:", b2.broken)
b3 = threading.Barrier(3)
errs = []
def waits():
    try:
        b3.wait()
    except threading.BrokenBarrierError:
        errs.append("broken")
t = threading.Thread(target=waits)
t.start()
while b3.n_waiting < 1:
    pass
b3.abort()
t.join()
print(errs, b3.broken)
print(issubclass(threading.BrokenBarrierError, RuntimeError))
try:
    threading.Barrier(0)
except ValueError as e:
    print("ValueError", e)
