# Subclassing queue.Queue (_put/_get hooks), get/put timeout accuracy, and qsize with threads.
import queue, threading, time
class Dedup(queue.Queue):
    def _init(self, maxsize):
        super()._init(maxsize)
        self.seen = set()
    def _put(self, item):
        if item not in self.seen:
            self.seen.add(item)
            super()._put(item)
dq = Dedup()
for v in [1, 2, 1, 3, 2]:
    dq.put(v)
print(dq.qsize(), [dq.get() for _ in range(dq.qsize())])
class Reverse(queue.Queue):
    def _get(self):
        return self.queue.pop()
rq = Reverse()
for v in "abc":
    rq.put(v)
print([rq.get() for _ in range(3)])
q = queue.Queue()
t0 = time.monotonic()
try:
    q.get(timeout=0.05)
except queue.Empty:
    print("Empty after at least 0.04s:", time.monotonic() - t0 >= 0.04)
fq = queue.Queue(1)
fq.put(0)
t0 = time.monotonic()
try:
    fq.put(1, timeout=0.05)
except queue.Full:
    print("Full after at least 0.04s:", time.monotonic() - t0 >= 0.04)
counts = queue.Queue()
def push(n):
    for i in range(n):
        counts.put(i)
ts = [threading.Thread(target=push, args=(250,)) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(counts.qsize())
