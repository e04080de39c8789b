# LifoQueue, PriorityQueue (with tuples), SimpleQueue.
import queue
lq = queue.LifoQueue()
for i in range(5):
    lq.put(i)
print([lq.get() for _ in range(5)])
pq = queue.PriorityQueue()
for item in [(3, "c"), (1, "a"), (2, "b"), (1, "a2"), (0, "z")]:
    pq.put(item)
print([pq.get() for _ in range(pq.qsize())])
pq2 = queue.PriorityQueue(maxsize=2)
pq2.put(5); pq2.put(1)
print(pq2.full())
try:
    pq2.put_nowait(0)
except queue.Full:
    print("priority queue Full")
print(pq2.get(), pq2.get())
class Job:
    def __init__(self, prio, name): self.prio, self.name = prio, name
    def __lt__(self, other): return self.prio < other.prio
jq = queue.PriorityQueue()
for p, n in [(5, "low"), (1, "urgent"), (3, "mid")]:
    jq.put(Job(p, n))
print([jq.get().name for _ in range(3)])
sq = queue.SimpleQueue()
print(sq.empty(), sq.qsize())
sq.put(1); sq.put_nowait(2); sq.put(3, block=False, timeout=None)
print(sq.qsize(), sq.get(), sq.get_nowait(), sq.get(block=False), sq.empty())
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print("SimpleQueue Empty")
print(type(sq).__name__, hasattr(sq, "task_done"), hasattr(sq, "full"))
mixed = queue.PriorityQueue()
mixed.put(1)
try:
    mixed.put("x")
except TypeError as e:
    print("TypeError", e)
