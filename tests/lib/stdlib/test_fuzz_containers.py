"""Random operation sequences on deque / OrderedDict / Counter / heapq,
compared between CPython's implementation and pyrite's Lib/."""
import sys
try:
    sys.path.insert(0, __file__.rpartition('/')[0] or '.')
except AttributeError:
    pass  # inside pyrite: run_pyrite.py puts this directory on PYTHONPATH
import harness

def _apply(obj, ops):
    out = []
    for name, args in ops:
        try:
            r = getattr(obj, name)(*args)
            if hasattr(r, '__next__'):
                r = list(r)
            out.append((name, repr(r), repr(obj)))
        except Exception as e:
            out.append((name, type(e).__name__, str(e), repr(obj)))
    return out

def _deque_ops(seed):
    import random
    r = random.Random(seed)
    ops = []
    for _ in range(120):
        k = r.randrange(20)
        v = r.randrange(6)
        if k == 0: ops.append(('append', (v,)))
        elif k == 1: ops.append(('appendleft', (v,)))
        elif k == 2: ops.append(('pop', ()))
        elif k == 3: ops.append(('popleft', ()))
        elif k == 4: ops.append(('extend', ([v, v + 1],)))
        elif k == 5: ops.append(('extendleft', ([v, v + 1],)))
        elif k == 6: ops.append(('rotate', (r.randrange(-9, 9),)))
        elif k == 7: ops.append(('insert', (r.randrange(-9, 9), v)))
        elif k == 8: ops.append(('remove', (v,)))
        elif k == 9: ops.append(('index', (v,)))
        elif k == 10: ops.append(('index', (v, r.randrange(-5, 5), r.randrange(-5, 9))))
        elif k == 11: ops.append(('count', (v,)))
        elif k == 12: ops.append(('__getitem__', (r.randrange(-9, 9),)))
        elif k == 13: ops.append(('__setitem__', (r.randrange(-9, 9), v)))
        elif k == 14: ops.append(('__delitem__', (r.randrange(-9, 9),)))
        elif k == 15: ops.append(('reverse', ()))
        elif k == 16: ops.append(('__contains__', (v,)))
        elif k == 17: ops.append(('__reversed__', ()))
        elif k == 18: ops.append(('__len__', ()))
        else: ops.append(('copy', ()))
    return ops

def t_deque_fuzz(m):
    out = []
    for seed in range(40):
        for maxlen in (None, 0, 1, 3, 7):
            out.append(_apply(m.deque([], maxlen), _deque_ops(seed)))
    return out

def t_deque_imul_fuzz(m):
    out = []
    for maxlen in (None, 0, 2, 5):
        for n in (-1, 0, 1, 2, 3):
            d = m.deque([1, 2, 3], maxlen); d *= n; out.append(repr(d))
            out.append(repr(m.deque([1, 2], maxlen) * n))
            e = m.deque([1, 2], maxlen); e += e; out.append(repr(e))
            e.extend(e); out.append(repr(e)); e.extendleft(e); out.append(repr(e))
    return out

def _od_ops(seed):
    import random
    r = random.Random(seed)
    ops = []
    keys = 'abcdef'
    for _ in range(100):
        k = r.randrange(12)
        key = r.choice(keys)
        if k == 0: ops.append(('__setitem__', (key, r.randrange(9))))
        elif k == 1: ops.append(('__delitem__', (key,)))
        elif k == 2: ops.append(('move_to_end', (key, r.random() < 0.5)))
        elif k == 3: ops.append(('popitem', (r.random() < 0.5,)))
        elif k == 4: ops.append(('pop', (key,)))
        elif k == 5: ops.append(('pop', (key, None)))
        elif k == 6: ops.append(('setdefault', (key, 0)))
        elif k == 7: ops.append(('update', ({key: 1, 'z': 2},)))
        elif k == 8: ops.append(('__reversed__', ()))
        elif k == 9: ops.append(('keys', ()))
        elif k == 10: ops.append(('copy', ()))
        else: ops.append(('get', (key,)))
    return ops

def t_od_fuzz(m):
    return [_apply(m.OrderedDict(), _od_ops(seed)) for seed in range(40)]

def t_counter_fuzz(m):
    import random
    out = []
    for seed in range(30):
        r = random.Random(seed)
        a = m.Counter({c: r.randrange(-3, 4) for c in r.sample('abcdef', 4)})
        b = m.Counter({c: r.randrange(-3, 4) for c in r.sample('abcdef', 4)})
        out.append([repr(x) for x in (a + b, a - b, a | b, a & b, +a, -b)])
        out.append([a == b, a <= b, a < b, a >= b, a > b, a.total(), a.most_common(2), sorted(a.elements())])
        c = a.copy(); c.subtract(b); out.append(repr(c))
        for op in ('__iadd__', '__isub__', '__ior__', '__iand__'):
            c = a.copy(); getattr(c, op)(b); out.append(repr(c))
    return out

if __name__ == '__main__':
    sys.exit(harness.main_subprocess(__file__, globals(), 'collections'))
