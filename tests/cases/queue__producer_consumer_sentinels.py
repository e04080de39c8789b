# Multiple producers and consumers with sentinels; ordering checks per producer; maxsize back-pressure.
import queue, threading
q = queue.Queue(maxsize=5)
PRODUCERS, CONSUMERS, PER = 3, 2, 200
got = [[] for _ in range(CONSUMERS)]
def producer(p):
    for i in range(PER):
        q.put((p, i))
def consumer(c):
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            return
        got[c].append(item)
        q.task_done()
cs = [threading.Thread(target=consumer, args=(c,)) for c in range(CONSUMERS)]
ps = [threading.Thread(target=producer, args=(p,)) for p in range(PRODUCERS)]
for t in cs + ps: t.start()
for t in ps: t.join()
q.join()
for _ in cs: q.put(None)
for t in cs: t.join()
allitems = sorted(x for g in got for x in g)
print(len(allitems), allitems == sorted((p, i) for p in range(PRODUCERS) for i in range(PER)))
for g in got:
    for p in range(PRODUCERS):
        seq = [i for (pp, i) in g if pp == p]
        assert seq == sorted(seq)
print("per-consumer order of each producer preserved")
print(q.qsize(), q.empty(), q.unfinished_tasks)
