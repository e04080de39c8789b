# Stress: 50 producer/consumer threads pass 200,000 items through one Queue,
# repeated 20 times; no item lost or duplicated.
import threading, queue
ROUNDS, ITEMS, PRODUCERS, CONSUMERS = 20, 200_000, 25, 25
ok = True
for rnd in range(ROUNDS):
    q = queue.Queue(maxsize=1000)
    per = ITEMS // PRODUCERS
    results = [None] * CONSUMERS
    def produce(p):
        put = q.put
        for i in range(p * per, (p + 1) * per):
            put(i)
    def consume(c):
        got = []
        get = q.get
        while True:
            v = get()
            if v is None:
                break
            got.append(v)
        results[c] = got
    cs = [threading.Thread(target=consume, args=(c,)) for c in range(CONSUMERS)]
    ps = [threading.Thread(target=produce, args=(p,)) for p in range(PRODUCERS)]
    for t in cs + ps: t.start()
    for t in ps: t.join()
    for _ in cs: q.put(None)
    for t in cs: t.join()
    allv = [v for r in results for v in r]
    good = len(allv) == ITEMS and len(set(allv)) == ITEMS and min(allv) == 0 and max(allv) == ITEMS - 1
    ok = ok and good
    print("round", rnd, "items", len(allv), "unique", len(set(allv)), "ok", good)
print("all rounds ok:", ok)
