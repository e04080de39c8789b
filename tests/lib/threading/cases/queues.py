# skip-config: no-traceback  (uses traceback itself)
import queue
import threading
import time
import traceback

print(queue.Empty, queue.Full, queue.Empty.__module__, queue.Full.__module__)
print(queue.SimpleQueue, queue.Empty.__mro__, queue.Full.__mro__)
print(sorted(queue.__all__))
print(queue.Queue[int], queue.SimpleQueue[str], queue.LifoQueue[int], queue.PriorityQueue[int])

q = queue.Queue()
print(q.maxsize, q.qsize(), q.empty(), q.full(), q.unfinished_tasks)
for i in range(3):
    q.put(i)
print(q.qsize(), q.empty(), q.full(), list(q.queue), q.unfinished_tasks)
print(q.get(), q.get_nowait(), q.get(False), q.qsize())
for call in (q.get_nowait, lambda: q.get(False), lambda: q.get(timeout=0.01),
             lambda: q.get(True, 0), lambda: q.get(timeout=-1), lambda: q.get(False, -1)):
    try:
        call()
    except queue.Empty as e:
        print('Empty', repr(e), type(e))
    except ValueError as e:
        print('ValueError:', e)
for _ in range(3):
    q.task_done()
try:
    q.task_done()
except ValueError as e:
    print('ValueError:', e)
q.join()
print('join ok')

b = queue.Queue(2)
b.put(1); b.put_nowait(2)
print(b.full(), b.qsize())
for call in (lambda: b.put(3, False), lambda: b.put_nowait(3), lambda: b.put(3, timeout=0.01),
             lambda: b.put(3, timeout=-0.5), lambda: b.put(3, block=False, timeout=-1)):
    try:
        call()
    except queue.Full as e:
        print('Full', repr(e))
    except ValueError as e:
        print('ValueError:', e)
def free():
    time.sleep(0.05)
    print('consumer got', b.get())
threading.Thread(target=free).start()
b.put(3, timeout=5)
print('put after wait', list(b.queue))
neg = queue.Queue(-5)
for i in range(10):
    neg.put(i)
print(neg.full(), neg.qsize())

l = queue.LifoQueue()
for i in range(4):
    l.put(i)
print([l.get() for _ in range(4)], l.queue)
p = queue.PriorityQueue()
for item in [(3, 'c'), (1, 'a'), (2, 'b'), (5, 'e'), (0, 'z'), (4, 'd'), (1, 'aa')]:
    p.put(item)
print(p.qsize(), [p.get() for _ in range(7)])
import random
rnd = random.Random(5)
nums = [rnd.randrange(1000) for _ in range(200)]
p = queue.PriorityQueue()
for n in nums:
    p.put(n)
print([p.get() for _ in range(200)] == sorted(nums))
lb = queue.LifoQueue(maxsize=1)
lb.put('x')
try:
    lb.put_nowait('y')
except queue.Full:
    print('lifo full')

s = queue.SimpleQueue()
print(type(s), s.empty(), s.qsize())
s.put(1); s.put(2, False, 5); s.put_nowait(3); s.put(4, block=True, timeout=-1)
print(s.qsize(), s.empty(), s.get(), s.get(False), s.get_nowait(), s.get(timeout=0))
for call in (s.get_nowait, lambda: s.get(False), lambda: s.get(timeout=0.01),
             lambda: s.get(timeout=-1), lambda: s.get(False, -1), lambda: s.get(block=False, timeout=3)):
    try:
        print(call())
    except queue.Empty as e:
        print('Empty', repr(e))
    except ValueError as e:
        print('ValueError:', e)
def feed():
    time.sleep(0.05)
    s.put('late')
threading.Thread(target=feed).start()
print(s.get(timeout=5))
threading.Thread(target=feed).start()
print(s.get())
for attr in ('put', 'get', 'put_nowait', 'get_nowait', 'empty', 'qsize'):
    print(attr, hasattr(s, attr))

# producers / consumers
work = queue.Queue(maxsize=3)
total = []
lock = threading.Lock()
def consumer():
    while True:
        item = work.get()
        if item is None:
            work.task_done()
            return
        with lock:
            total.append(item)
        work.task_done()
cs = [threading.Thread(target=consumer) for _ in range(4)]
for c in cs: c.start()
def producer(base):
    for i in range(50):
        work.put(base + i)
ps = [threading.Thread(target=producer, args=(k * 100,)) for k in range(3)]
for p_ in ps: p_.start()
for p_ in ps: p_.join()
work.join()
for _ in cs: work.put(None)
for c in cs: c.join()
print(len(total), sorted(total) == sorted(k * 100 + i for k in range(3) for i in range(50)))

# uncaught Empty prints as _queue.Empty
try:
    queue.Queue().get_nowait()
except queue.Empty:
    print(traceback.format_exc().splitlines()[-1])
try:
    queue.Queue(1).put(1) or queue.Queue(0).put_nowait(1)
    q1 = queue.Queue(1); q1.put(1); q1.put_nowait(2)
except queue.Full:
    print(traceback.format_exc().splitlines()[-1])
for a, k in [((1,), {}), ((), {'x': 1})]:
    try:
        queue.SimpleQueue(*a, **k)
    except TypeError as e:
        print('TypeError:', e)
print(queue.SimpleQueue.__name__, queue.SimpleQueue.__qualname__, queue._PySimpleQueue.__module__)
