# Atomicity of L.append and D[k] = v: 8 threads x 100,000 operations lose nothing.
import threading
L = []
D = {}
N, T = 100_000, 8
def appender(tid):
    app = L.append
    for i in range(N):
        app(i)
def setter(tid):
    base = tid * N
    for i in range(N):
        D[base + i] = i
ts = [threading.Thread(target=appender, args=(t,)) for t in range(T)]
ts += [threading.Thread(target=setter, args=(t,)) for t in range(T)]
for t in ts: t.start()
for t in ts: t.join()
print(len(L), len(D), len(L) == N * T, len(D) == N * T)
print(sum(L) == T * sum(range(N)), sorted(set(L))[:3], max(D), min(D))
popped = []
lock = threading.Lock()
def popper():
    got = []
    while True:
        try:
            got.append(L.pop())
        except IndexError:
            break
    with lock:
        popped.extend(got)
ps = [threading.Thread(target=popper) for _ in range(4)]
for p in ps: p.start()
for p in ps: p.join()
print(len(popped) == N * T, len(L))
