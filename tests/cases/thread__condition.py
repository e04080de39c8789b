# Condition: wait/notify/notify_all, wait_for with predicate and timeout.
import threading
cond = threading.Condition()
items = []
consumed = []
def consumer(n):
    with cond:
        cond.wait_for(lambda: len(items) > 0)
        consumed.append((n, items.pop(0)))
cs = [threading.Thread(target=consumer, args=(i,)) for i in range(3)]
for c in cs: c.start()
for v in ["a", "b", "c"]:
    with cond:
        items.append(v)
        cond.notify()
for c in cs: c.join()
print(sorted(v for _, v in consumed), len(consumed))
ready = threading.Condition()
flag = []
woken = []
def waiter(i):
    with ready:
        while not flag:
            ready.wait()
        woken.append(i)
ws = [threading.Thread(target=waiter, args=(i,)) for i in range(5)]
for w in ws: w.start()
with ready:
    flag.append(True)
    ready.notify_all()
for w in ws: w.join()
print(sorted(woken))
with cond:
    print("wait timeout returns", cond.wait(timeout=0.01))
    print("wait_for timeout returns", cond.wait_for(lambda: False, timeout=0.01))
    print("wait_for true returns", cond.wait_for(lambda: "truthy"))
try:
    cond.wait()
except RuntimeError as e:
    print("RuntimeError", e)
try:
    cond.notify()
except RuntimeError as e:
    print("RuntimeError", e)
c2 = threading.Condition(threading.Lock())
with c2:
    print("custom lock condition ok")
buf, done = [], []
c3 = threading.Condition()
def producer():
    for i in range(100):
        with c3:
            buf.append(i)
            c3.notify()
    with c3:
        buf.append(None)
        c3.notify()
def consume_all():
    while True:
        with c3:
            c3.wait_for(lambda: buf)
            v = buf.pop(0)
        if v is None:
            return
        done.append(v)
p = threading.Thread(target=producer); q = threading.Thread(target=consume_all)
q.start(); p.start(); p.join(); q.join()
print(done == list(range(100)))
