# Blocking put/get across threads with a bounded queue; ordering preserved per producer.
import queue, threading
q = queue.Queue(maxsize=2)
received = []
def consumer():
    while True:
        v = q.get()
        if v == "STOP":
            return
        received.append(v)
c = threading.Thread(target=consumer)
c.start()
for i in range(50):
    q.put(i)
q.put("STOP")
c.join()
print(received == list(range(50)))
q2 = queue.Queue()
got = []
def slow_get():
    got.append(q2.get(timeout=5))
t = threading.Thread(target=slow_get); t.start()
q2.put("delivered")
t.join()
print(got)
full = queue.Queue(maxsize=1)
full.put("first")
outcome = []
def blocked_put():
    full.put("second", timeout=5)
    outcome.append("put done")
t = threading.Thread(target=blocked_put); t.start()
print(full.get())
t.join()
print(outcome, full.get())
lq = queue.LifoQueue(maxsize=1)
lq.put(1)
try:
    lq.put(2, timeout=0.01)
except queue.Full:
    print("LifoQueue Full")
