import sys
try:
    sys.path.insert(0, __file__.rpartition('/')[0] or '.')
except AttributeError:
    pass  # inside pyrite: run_pyrite.py puts this directory on PYTHONPATH
import harness

def t_nt_basic(m):
    P = m.namedtuple('Point', 'x y')
    p = P(1, y=2)
    return repr(p), p.x, p[1], P._fields, P._field_defaults, p._asdict(), p._replace(x=5), P._make([3, 4]), P.__doc__, P.x.__doc__, P.__module__, P.__new__.__doc__, P.__match_args__, p.__getnewargs__(), P.__name__, P.__qualname__, P.__new__.__qualname__, P._make.__doc__, P._replace.__doc__
def t_nt_defaults(m):
    P = m.namedtuple('P', ['a', 'b', 'c'], defaults=[2, 3])
    return P(1), P._field_defaults, P.__new__.__defaults__
def t_nt_rename(m):
    return m.namedtuple('R', 'a def _x a 1b', rename=True)._fields
def t_nt_module(m): return m.namedtuple('M', 'a', module='foo').__module__, m.namedtuple('M', 'a').__doc__
def t_nt_e1(m): return m.namedtuple('P', 'a _b')
def t_nt_e2(m): return m.namedtuple('P', 'a a')
def t_nt_e3(m): return m.namedtuple('P', 'a def')
def t_nt_e4(m): return m.namedtuple('1P', 'a')
def t_nt_e5(m): return m.namedtuple('P', 'a', defaults=[1, 2])
def t_nt_e6(m): return m.namedtuple('P', 'a b')._make([1])
def t_nt_e7(m): return m.namedtuple('P', 'a b')(1, 2)._replace(c=3)
def t_nt_e8(m): return m.namedtuple('P', 'a b')(1)
def t_nt_e9(m): return m.namedtuple('P', 'a b')(1, 2, 3)
def t_nt_e10(m): return m.namedtuple('P', ['a', 3])
def t_nt_e11(m): return m.namedtuple('P', 'a b')(1, b=2, c=3)
def t_nt_empty(m):
    E = m.namedtuple('E', ''); return repr(E()), E._fields
def t_nt_sub(m):
    class Q(m.namedtuple('Q', 'a b')):
        __slots__ = ()
        def s(self): return self.a + self.b
    q = Q(1, 2); return repr(q), q.s(), q._replace(a=5), type(q._replace(a=5)).__name__
def t_nt_attr(m):
    p = m.namedtuple('P', 'a')(1)
    p.a = 2
def t_nt_eq(m):
    P = m.namedtuple('P', 'a b'); return P(1, 2) == (1, 2), hash(P(1, 2)) == hash((1, 2)), P(1, 2) + (3,), isinstance(P(1, 2), tuple)

def t_counter(m):
    c = m.Counter('abracadabra')
    return repr(c), c['a'], c['z'], c.most_common(2), c.most_common(), sorted(c.elements()), c.total(), repr(m.Counter()), repr(m.Counter(a=1, b=-2))
def t_counter_ops(m):
    a = m.Counter(a=3, b=1, c=-1); b = m.Counter(a=1, b=2, d=4)
    return repr(a + b), repr(a - b), repr(a | b), repr(a & b), repr(+a), repr(-a)
def t_counter_iops(m):
    res = []
    for op in ('__iadd__', '__isub__', '__ior__', '__iand__'):
        a = m.Counter(a=3, b=1, c=-1); b = m.Counter(a=1, b=2, d=4)
        r = getattr(a, op)(b); res.append((r is a, repr(a)))
    return res
def t_counter_update(m):
    c = m.Counter(a=1); c.update('aab'); c.update({'b': 5}); c.update(z=2)
    d = m.Counter('abc'); d.subtract('aab'); d.subtract({'c': 3}, c=1)
    return repr(c), repr(d)
def t_counter_cmp(m):
    a = m.Counter(a=1); b = m.Counter(a=1, b=0); c = m.Counter(a=2)
    return a == b, a != b, a <= c, a < c, c > a, c >= a, a < a, a == {'a': 1}
def t_counter_del(m):
    c = m.Counter('ab'); del c['a']; del c['zz']; return repr(c)
def t_counter_fromkeys(m): return m.Counter.fromkeys('abc')
def t_counter_unorderable(m):
    c = m.Counter(); c['a'] = 'x'; c['b'] = 1; return repr(c)
def t_counter_add_nc(m): return m.Counter('a') + {'a': 1}
def t_counter_copy(m):
    c = m.Counter('aab'); d = c.copy(); return repr(d), type(d).__name__, c.__reduce__()
def t_counter_mc(m): return m.Counter('aabbbc').most_common(0), m.Counter('abcab').most_common(1), m.Counter('abcabd').most_common(3)

def t_od(m):
    od = m.OrderedDict([('a', 1), ('b', 2), ('c', 3)])
    od.move_to_end('a'); r1 = list(od)
    od.move_to_end('c', last=False); r2 = list(od)
    p1 = od.popitem(); p2 = od.popitem(last=False)
    return r1, r2, p1, p2, repr(od), repr(m.OrderedDict()), repr(od.keys()), repr(od.values()), repr(od.items())
def t_od_eq(m):
    a = m.OrderedDict(a=1, b=2); b = m.OrderedDict(b=2, a=1)
    return a == b, a == dict(b), dict(a) == b, a != b, list(reversed(a)), list(reversed(a.items())), list(reversed(a.values()))
def t_od_e(m): return m.OrderedDict().popitem()
def t_od_e2(m): return m.OrderedDict().move_to_end('x')
def t_od_misc(m):
    od = m.OrderedDict.fromkeys('abc', 0)
    od.setdefault('d', 4); od.setdefault('a', 9); p = od.pop('b'); q = od.pop('zz', 'dflt')
    od2 = od | {'z': 1}
    od |= {'y': 2}
    return repr(od), p, q, repr(od2), type(od2).__name__, repr(od.copy()), repr({'q': 1} | od)
def t_od_pop_e(m): return m.OrderedDict().pop('k')
def t_od_rec(m):
    od = m.OrderedDict(); od['x'] = od; return repr(od)
def t_od_isinstance(m): return isinstance(m.OrderedDict(), dict), issubclass(m.OrderedDict, dict)
def t_od_keys_setops(m):
    od = m.OrderedDict(a=1, b=2); return od.keys() & {'a'}, 'a' in od.keys(), ('a', 1) in od.items(), 2 in od.values(), len(od.keys())

def t_dd(m):
    d = m.defaultdict(list); d['a'].append(1); d['b']
    return repr(d), repr(m.defaultdict()), repr(m.defaultdict(None, {1: 2})), d.default_factory, 'c' in d, d.get('c'), repr(m.defaultdict(int, a=1))
def t_dd_e(m): return m.defaultdict(None)['x']
def t_dd_e2(m): return m.defaultdict(5)
def t_dd_copy(m):
    d = m.defaultdict(int, {1: 2}); c = d.copy(); import copy; e = copy.copy(d)
    return repr(c), repr(e), type(c).__name__, c.default_factory, repr(d | {3: 4}), repr({0: 0} | d)
def t_dd_rec(m):
    d = m.defaultdict(); d.default_factory = d.__getitem__
    return repr(d)[:40]
def t_dd_sub(m):
    class D(m.defaultdict): pass
    return repr(D(list))
def t_dd_lambda(m):
    d = m.defaultdict(lambda: 7); return d[1], repr(d).split(' at ')[0]

def t_deque(m):
    d = m.deque([1, 2, 3])
    d.append(4); d.appendleft(0); d.extend([5, 6]); d.extendleft([-1, -2])
    return repr(d), len(d), d[0], d[-1], d.pop(), d.popleft(), repr(d), d.maxlen
def t_deque_maxlen(m):
    d = m.deque(range(10), maxlen=3)
    r1 = repr(d); d.appendleft(99); r2 = repr(d); d.append(7); r3 = repr(d)
    return r1, r2, r3, d.maxlen, repr(m.deque(maxlen=0)), repr(m.deque('ab', 0))
def t_deque_rotate(m):
    d = m.deque(range(6)); out = []
    for n in (1, -2, 6, 13, -100, 0):
        d.rotate(n); out.append(list(d))
    e = m.deque(); e.rotate(3); d.rotate(); out.append(list(d))
    return out
def t_deque_misc(m):
    d = m.deque('abcab'); 
    r = [d.count('a'), d.index('b'), d.index('b', 2), 'c' in d, 'z' in d]
    d.remove('a'); r.append(list(d)); d.reverse(); r.append(list(d)); d.insert(1, 'X'); d.insert(-1, 'Y'); d.insert(100, 'Z'); d.insert(-100, 'W'); r.append(list(d))
    d[0] = 'q'; del d[1]; r.append(list(d)); r.append(list(reversed(d))); d.clear(); r.append(repr(d))
    return r
def t_deque_e1(m): return m.deque().pop()
def t_deque_e2(m): return m.deque().popleft()
def t_deque_e3(m): return m.deque([1])[5]
def t_deque_e4(m): return m.deque([1]).remove(2)
def t_deque_e5(m): return m.deque([1]).index(2)
def t_deque_e6(m): return m.deque([1], maxlen=1).insert(0, 2)
def t_deque_e7(m): return m.deque([], maxlen=-1)
def t_deque_e8(m): return m.deque([], maxlen='a')
def t_deque_e9(m): return m.deque([1])['a']
def t_deque_e10(m): return m.deque([1])[0:1]
def t_deque_e11(m): return m.deque([1]) + [2]
def t_deque_e12(m):
    d = m.deque([1, 2])
    for x in d: d.append(x)
def t_deque_e14(m): return m.deque('abc').index('c', 0, 2)
def t_deque_ops(m):
    a = m.deque([1, 2]); b = m.deque([1, 3])
    c = a + b; a2 = a * 2; a += [9]; 
    return repr(c), repr(a2), repr(a), a < b, a == m.deque([1, 2, 9]), a == [1, 2, 9], repr(3 * m.deque([0])), repr(m.deque([1], 2) * 3), repr(m.deque([1]) * 0)
def t_deque_rec(m):
    d = m.deque(); d.append(d); return repr(d)
def t_deque_copy(m):
    import copy
    d = m.deque([1, [2]], 5); c = copy.copy(d); e = copy.deepcopy(d); f = d.copy()
    return repr(c), repr(e), e[1] is d[1], c[1] is d[1], repr(f)
def t_deque_sub(m):
    class D(m.deque): pass
    d = D([1], 3); return repr(d), repr(d.copy()), type(d.copy()).__name__, repr(D('ab'))
def t_deque_init_again(m):
    d = m.deque([1, 2]); d.__init__([3]); return repr(d)
def t_deque_bool(m): return bool(m.deque()), bool(m.deque([0]))
def t_deque_big(m):
    d = m.deque()
    for i in range(1000): d.appendleft(i); d.append(-i)
    for i in range(500): d.pop(); d.popleft()
    return len(d), d[0], d[-1], d[500]

def t_chainmap(m):
    a = {'a': 1, 'b': 2}; b = {'b': 3, 'c': 4}
    c = m.ChainMap(a, b)
    r = [c['a'], c['b'], c['c'], len(c), list(c), list(c.items()), 'c' in c, c.get('z', 0), repr(c), bool(c), bool(m.ChainMap({}))]
    n = c.new_child(); n['z'] = 1; r.append(repr(n)); r.append(repr(n.parents)); r.append(repr(c.new_child({'q': 1}, w=2)))
    c['a'] = 10; del c['b']; r.append(repr(c)); r.append(repr(m.ChainMap()))
    r.append(repr(c | {'x': 1})); r.append(repr({'y': 2} | c)); c |= {'k': 0}; r.append(repr(c)); r.append(repr(m.ChainMap.fromkeys('ab', 0)))
    r.append(repr(c.copy())); r.append(c.pop('k')); r.append(c.popitem())
    return r
def t_chainmap_e(m): return m.ChainMap({}, {'a': 1}).pop('a')
def t_chainmap_e2(m): del m.ChainMap({}, {'a': 1})['a']
def t_chainmap_e3(m): return m.ChainMap({}).popitem()
def t_chainmap_e4(m): return m.ChainMap({})['x']
def t_chainmap_rec(m):
    c = m.ChainMap(); c['x'] = c; return repr(c)

def t_userdict(m):
    u = m.UserDict({'a': 1}, b=2); u['c'] = 3; del u['a']
    r = [repr(u), len(u), 'b' in u, u.get('z'), list(u), repr(u.copy()), type(u.copy()).__name__, u == {'b': 2, 'c': 3}, repr(u | {'x': 1}), repr({'y': 0} | u), repr(m.UserDict.fromkeys('ab'))]
    class M(m.UserDict):
        def __missing__(self, k): return k * 2
    r.append(M()['ab']); r.append(repr(M({1: 2}).copy())); r.append(type(M().copy()).__name__)
    u |= {'q': 5}; r.append(repr(u)); r.append(u.pop('q')); r.append(u.setdefault('n', 1)); r.append(repr(u))
    return r
def t_userdict_e(m): return m.UserDict()['x']
def t_userlist(m):
    u = m.UserList([3, 1, 2])
    u.append(5); u.sort(); u.insert(0, 9); u.extend(m.UserList([7])); u += (8,)
    r = [repr(u), u[1:3], type(u[1:3]).__name__, u[0], len(u), u.count(9), u.index(5), u + [0], [0] + u, u * 2, 2 * u, u == [9, 1, 2, 3, 5, 7, 8], u < [10], 3 in u]
    u.reverse(); r.append(repr(u)); r.append(u.pop()); u.remove(8); r.append(repr(u)); u *= 2; r.append(repr(u)); c = u.copy(); r.append(type(c).__name__)
    del u[0]; u[0] = 'x'; r.append(repr(u)); u.clear(); r.append(repr(u)); r.append(repr(m.UserList()))
    return r
def t_userstring(m):
    s = m.UserString('Hello World')
    r = [repr(s), str(s), len(s), s[0], type(s[0]).__name__, s.upper(), s.lower(), s.split(), s.find('o'), s.count('l'), s + '!', '!' + s, s * 2, s == 'Hello World', 'World' in s, s.replace('l', 'L', 1), s.center(15, '*'), s.startswith('He'), s.zfill(13), s.strip('Hd'), s.partition(' '), s.title(), s.swapcase(), s.isalpha(), hash(s) == hash('Hello World'), m.UserString('%s!') % 'x', s < 'Z', s.encode(), s.removeprefix('He'), s.join('ab')]
    return [repr(x) for x in r]
def t_userstring2(m):
    s = m.UserString(12); return repr(s), int(s), float(s), repr(m.UserString(s))

def t_all(m): return sorted(m.__all__)
def t_abc_reg(m):
    import collections.abc as A
    def g(): yield
    async def co(): pass
    c = co(); r = [isinstance(c, A.Coroutine), isinstance(c, A.Awaitable)]; c.close()
    return r + [isinstance([], A.MutableSequence), isinstance((), A.Sequence), isinstance('', A.Sequence), isinstance(range(3), A.Sequence),
            isinstance({}, A.MutableMapping), isinstance({}.keys(), A.KeysView), isinstance({}.items(), A.Set), isinstance(set(), A.MutableSet),
            isinstance(frozenset(), A.Set), isinstance(iter([]), A.Iterator), isinstance(g(), A.Generator), isinstance(1, A.Hashable), isinstance([], A.Hashable),
            isinstance(len, A.Callable), isinstance(b'', A.ByteString), isinstance(bytearray(), A.MutableSequence), isinstance(type.__dict__, A.Mapping),
            isinstance(m.deque(), A.MutableSequence), isinstance(m.OrderedDict(), A.MutableMapping), isinstance(m.Counter(), A.Mapping),
            isinstance(m.ChainMap(), A.MutableMapping), isinstance(m.UserString(''), A.Sequence), isinstance(m.deque(), A.Sequence),
            isinstance(iter(m.deque()), A.Iterator), issubclass(m.deque, A.Reversible), isinstance(m.deque(), A.Hashable),
            isinstance(memoryview(b''), A.Sequence), isinstance(iter(range(1 << 100)), A.Iterator), isinstance(iter(zip()), A.Iterator)]
def t_abc_all(m):
    import collections.abc as A
    return sorted(A.__all__), A.Sized.__module__, sorted(A.Sequence.__abstractmethods__), sorted(A.MutableMapping.__abstractmethods__), sorted(A.Generator.__abstractmethods__)
def t_abc_mixins(m):
    import collections.abc as A
    class S(A.Sequence):
        def __init__(self, d): self.d = d
        def __getitem__(self, i): return self.d[i]
        def __len__(self): return len(self.d)
    s = S([1, 2, 3, 2])
    class MS(A.MutableSet):
        def __init__(self, it=()): self.s = set(it)
        def __contains__(self, x): return x in self.s
        def __iter__(self): return iter(sorted(self.s))
        def __len__(self): return len(self.s)
        def add(self, x): self.s.add(x)
        def discard(self, x): self.s.discard(x)
    a = MS([1, 2, 3]); b = MS([2, 3, 4])
    r = [list(s), 2 in s, list(reversed(s)), s.index(2), s.count(2), s.index(2, 2), sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b), a <= b, a == MS([3, 2, 1]), a.isdisjoint([7]), MS()._hash() == hash(frozenset()), MS([1, 2])._hash() == hash(frozenset([1, 2]))]
    a |= [9]; a -= [1]; r.append(sorted(a)); r.append(a.pop()); a.remove(3); r.append(sorted(a)); a ^= [2, 10]; r.append(sorted(a)); a &= [10]; r.append(sorted(a))
    try: s.index(99)
    except ValueError as e: r.append(('VE', str(e)))
    try: a.remove(99)
    except KeyError as e: r.append(('KE', str(e)))
    class MM(A.MutableMapping):
        def __init__(self): self.d = {}
        def __getitem__(self, k): return self.d[k]
        def __setitem__(self, k, v): self.d[k] = v
        def __delitem__(self, k): del self.d[k]
        def __iter__(self): return iter(self.d)
        def __len__(self): return len(self.d)
    mm = MM(); mm.update({'a': 1}, b=2); mm.update([('c', 3)]); r.append(mm.setdefault('d', 4)); r.append(mm.pop('a')); r.append(mm.pop('zz', None)); r.append(mm.popitem()); r.append(repr(mm.keys())[:8]); r.append(list(mm.items())); r.append(list(mm.values())); r.append(mm == {'c': 3, 'd': 4}); r.append(mm.get('x', 5)); mm.clear(); r.append(len(mm))
    try: S([])
    except TypeError as e: r.append(str(e))
    try: A.Sequence()
    except TypeError as e: r.append(str(e))
    class MSeq(A.MutableSequence):
        def __init__(self): self.l = []
        def __getitem__(self, i): return self.l[i]
        def __setitem__(self, i, v): self.l[i] = v
        def __delitem__(self, i): del self.l[i]
        def __len__(self): return len(self.l)
        def insert(self, i, v): self.l.insert(i, v)
    q = MSeq(); q.append(1); q.extend([2, 3]); q += [4]; q.reverse(); r.append(q.l); r.append(q.pop()); q.remove(3); r.append(q.l); q.clear(); r.append(q.l)
    return r
def t_abc_callable_alias(m):
    import collections.abc as A
    return repr(A.Callable[[int, str], float]), repr(A.Callable[..., int]), A.Callable[[int], str].__args__, repr(A.Iterable[int]), repr(A.Callable[[], None])
def t_abc_hook(m):
    import collections.abc as A
    class X:
        def __iter__(self): return iter([])
        def __len__(self): return 0
        def __contains__(self, x): return False
    class Y:
        __hash__ = None
    class Z(X):
        __iter__ = None
    return issubclass(X, A.Iterable), issubclass(X, A.Collection), issubclass(X, A.Sized), issubclass(Y, A.Hashable), issubclass(Z, A.Iterable), issubclass(X, A.Reversible), issubclass(int, A.Iterable)
def t_abc_views(m):
    import collections.abc as A
    class MM(A.Mapping):
        def __getitem__(self, k): return {'a': 1, 'b': 2}[k]
        def __iter__(self): return iter('ab')
        def __len__(self): return 2
    x = MM()
    return repr(x.keys()).split(' object')[0], list(x.items()), x.keys() & {'a'}, sorted(x.keys() | {'c'}), x.keys() - {'a'}, ('a', 1) in x.items(), 1 in x.values(), x == {'a': 1, 'b': 2}, x.get('q'), 'a' in x

if __name__ == '__main__':
    sys.exit(harness.main_subprocess(__file__, globals(), 'collections', check=('collections.abc', '_collections_abc', 'abc', 'reprlib', 'itertools', 'operator', 'keyword')))
