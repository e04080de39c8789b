# Many threads hammering the primitives with a tiny switch interval.
import queue
import sys
import threading
import concurrent.futures as cf

sys.setswitchinterval(1e-5)

# Queue with a small bound: every item arrives exactly once.
q = queue.Queue(maxsize=4)
got = []
got_lock = threading.Lock()
def producer(base):
    for i in range(300):
        q.put(base + i)
def consumer():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            return
        with got_lock:
            got.append(item)
        q.task_done()
ps = [threading.Thread(target=producer, args=(k * 1000,)) for k in range(4)]
cs = [threading.Thread(target=consumer) for _ in range(4)]
for t in ps + cs:
    t.start()
for t in ps:
    t.join()
q.join()
for _ in cs:
    q.put(None)
for t in cs:
    t.join()
print('queue:', len(got), sorted(got) == sorted(k * 1000 + i for k in range(4) for i in range(300)))

# SimpleQueue with timeouts
sq = queue.SimpleQueue()
out = []
def sq_consumer():
    while True:
        try:
            item = sq.get(timeout=0.5)
        except queue.Empty:
            return
        if item is None:
            return
        out.append(item)
ts = [threading.Thread(target=sq_consumer) for _ in range(3)]
for t in ts:
    t.start()
for i in range(1000):
    sq.put(i)
for _ in ts:
    sq.put(None)
for t in ts:
    t.join()
print('simplequeue:', len(out), sorted(out) == list(range(1000)))

# Semaphore bounds concurrency
sem = threading.BoundedSemaphore(3)
inside = [0]
peak = [0]
lock = threading.Lock()
def limited():
    for _ in range(50):
        with sem:
            with lock:
                inside[0] += 1
                peak[0] = max(peak[0], inside[0])
            with lock:
                inside[0] -= 1
ts = [threading.Thread(target=limited) for _ in range(8)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print('semaphore peak <= 3:', peak[0] <= 3, inside[0], sem._value)

# Barrier cycles
bar = threading.Barrier(5)
rounds = []
def cycler(k):
    for r in range(20):
        i = bar.wait()
        if i == 0:
            rounds.append(r)
ts = [threading.Thread(target=cycler, args=(k,)) for k in range(5)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print('barrier rounds:', rounds == list(range(20)), bar.n_waiting, bar.broken)

# RLock recursion under contention
for factory in (threading.RLock, threading._PyRLock):
    rl = factory()
    total = [0]
    def recurse(depth):
        with rl:
            total[0] += 1
            if depth:
                recurse(depth - 1)
    def hammer():
        for _ in range(100):
            recurse(3)
    ts = [threading.Thread(target=hammer) for _ in range(6)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print('rlock total:', total[0])

# Condition ping-pong
cond = threading.Condition()
turn = [0]
log = []
def player(me, other):
    for _ in range(100):
        with cond:
            cond.wait_for(lambda: turn[0] == me)
            log.append(me)
            turn[0] = other
            cond.notify_all()
a = threading.Thread(target=player, args=(0, 1))
b = threading.Thread(target=player, args=(1, 0))
a.start(); b.start(); a.join(); b.join()
print('ping-pong alternates:', log == [0, 1] * 100)

# Executor with many small tasks and as_completed
with cf.ThreadPoolExecutor(8) as ex:
    fs = [ex.submit(pow, i, 2) for i in range(500)]
    res = sorted(f.result() for f in cf.as_completed(fs))
    print('executor:', res == sorted(i * i for i in range(500)), len(ex._threads) <= 8)
    print('map:', list(ex.map(abs, range(-300, 0))) == list(range(300, 0, -1)))
    done, not_done = cf.wait([ex.submit(sum, [i, i]) for i in range(200)])
    print('wait:', len(done), len(not_done))

# Events and locals
ev = threading.Event()
loc = threading.local()
seen = []
def check(k):
    loc.k = k
    ev.wait()
    seen.append(loc.k == k)
ts = [threading.Thread(target=check, args=(k,)) for k in range(20)]
for t in ts:
    t.start()
ev.set()
for t in ts:
    t.join()
print('locals:', len(seen), all(seen))
print('threads left:', threading.active_count())
