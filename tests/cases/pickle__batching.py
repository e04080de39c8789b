import pickle, collections
for n in (0, 1, 2, 999, 1000, 1001, 2000):
    for p in range(6):
        for o in (list(range(n)), {i: 0 for i in range(n)}, set(range(n)), frozenset(range(n)), collections.OrderedDict((i, 0) for i in range(n)), tuple(range(n))):
            s = pickle.dumps(o, p)
            print(n, p, type(o).__name__, len(s), s[-12:], s.count(b'u'), s.count(b'e'), s.count(b'\x90'))
            assert pickle.loads(s) == o
