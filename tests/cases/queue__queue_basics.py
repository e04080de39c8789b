# queue.Queue: put/get, block/timeout, nowait, Empty/Full, qsize/empty/full, maxsize.
import queue
q = queue.Queue(maxsize=3)
print(q.qsize(), q.empty(), q.full(), q.maxsize)
for i in range(3):
    q.put(i)
print(q.qsize(), q.empty(), q.full())
try:
    q.put(99, block=False)
except queue.Full:
    print("Full (nowait)")
try:
    q.put(99, timeout=0.01)
except queue.Full:
    print("Full (timeout)")
try:
    q.put_nowait(99)
except queue.Full as e:
    print("Full", repr(e))
print(q.get(), q.get_nowait(), q.get(block=False), q.empty())
try:
    q.get(block=False)
except queue.Empty:
    print("Empty (nowait)")
try:
    q.get(timeout=0.01)
except queue.Empty:
    print("Empty (timeout)")
try:
    q.get_nowait()
except queue.Empty as e:
    print("Empty", repr(e))
try:
    q.get(timeout=-1)
except ValueError as e:
    print("ValueError", e)
u = queue.Queue()
for v in ["a", None, [1], ("t",)]:
    u.put(v)
print(u.qsize(), u.full(), [u.get() for _ in range(4)])
print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))
z = queue.Queue(0)
for i in range(1000):
    z.put(i)
print(z.qsize(), z.full(), sum(z.get() for _ in range(1000)))
