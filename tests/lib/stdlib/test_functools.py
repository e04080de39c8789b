import sys
try:
    sys.path.insert(0, __file__.rpartition('/')[0] or '.')
except AttributeError:
    pass  # inside pyrite: run_pyrite.py puts this directory on PYTHONPATH
import harness
import functools as ref

def f(a, b=2, *c, **d):
    "doc of f"
    return (a, b, c, d)

def t_partial(m):
    p = m.partial(f, 1, x=3)
    return p(), p(2, 3, y=4), p.args, p.keywords, p.func is f
def t_partial_nested(m):
    p = m.partial(m.partial(f, 1, x=1), 2, x=2); return p.args, p.keywords, p.func is f
def t_partial_repr(m):
    p = m.partial(max, 1, 'a', k=[1])
    return repr(p)
def t_partial_repr2(m):
    class P(m.partial): pass
    return repr(P(max, 1))
def t_partial_rec(m):
    p = m.partial(max); p.__setstate__((max, (p,), {}, {})); return repr(p)
def t_partial_e(m): return m.partial()
def t_partial_e2(m): return m.partial(1)
def t_partial_dict(m):
    p = m.partial(max, 1); p.attr = 5; q = m.partial(p, 2); return q.args, q.func is p, p.__dict__
def t_partial_reduce(m):
    p = m.partial(max, 1, k=2); r = p.__reduce__(); return r[1], r[2][1:]
def t_partial_ga(m): return repr(m.partial[int])
def t_partial_method(m):
    class A:
        g = m.partial(f, 1)
    return A().g(5)
def t_partialmethod(m):
    class A:
        def meth(self, *a, **k): return (type(self).__name__, a, k)
        pm = m.partialmethod(meth, 1, k=2)
        pm2 = m.partialmethod(pm, 3)
        cm = m.partialmethod(classmethod(meth), 9)
    a = A()
    return a.pm(5), a.pm2(), A.cm(), a.cm(x=1), repr(A.__dict__['pm']).split(' at ')[0]
def t_partialmethod_e(m): return m.partialmethod(1)
def t_reduce(m): return m.reduce(lambda a, b: a + b, [1, 2, 3]), m.reduce(lambda a, b: a + b, [], 7), m.reduce(lambda a, b: a*b, range(1, 6), 2), m.reduce(max, [4])
def t_reduce_e(m): return m.reduce(max, [])
def t_reduce_e2(m): return m.reduce(max, 5)
def t_wraps(m):
    def deco(fn):
        @m.wraps(fn)
        def w(*a): return fn(*a)
        return w
    def g(x: int) -> str:
        "gdoc"
    g.extra = 1
    w = deco(g)
    return w.__name__, w.__doc__, w.__annotations__, w.extra, w.__wrapped__ is g, w.__qualname__, m.WRAPPER_ASSIGNMENTS, m.WRAPPER_UPDATES
def t_update_wrapper(m):
    class O: pass
    o = O()
    m.update_wrapper(o, max, assigned=('__name__', '__nope__'), updated=())
    return o.__name__, o.__wrapped__ is max
def t_total_ordering(m):
    res = []
    for op in ('__lt__', '__le__', '__gt__', '__ge__'):
        def mk(op):
            ns = {'__init__': lambda self, v: setattr(self, 'v', v),
                  '__eq__': lambda self, o: self.v == o.v if isinstance(o, type(self)) else NotImplemented,
                  op: lambda self, o: getattr(self.v, op)(o.v) if isinstance(o, type(self)) else NotImplemented}
            return m.total_ordering(type('C', (), ns))
        C = mk(op)
        a, b = C(1), C(2)
        res.append([a < b, a <= b, a > b, a >= b, b < a, b <= a, b > a, b >= a, a <= C(1), a >= C(1), a < C(1), a > C(1)])
        try: a < 1
        except TypeError as e: res.append(str(e))
        try: a >= 1
        except TypeError as e: res.append(str(e))
        res.append(sorted(k for k in C.__dict__ if k.startswith('__') and k[2:4] in ('lt','le','gt','ge')))
        res.append(C.__dict__[[k for k in ('__lt__','__le__','__gt__','__ge__') if k != op][0]].__name__)
    return res
def t_total_ordering_e(m):
    class A: pass
    return m.total_ordering(A)
def t_cmp_to_key(m):
    K = m.cmp_to_key(lambda a, b: (a > b) - (a < b))
    return sorted([3, 1, 2], key=K), sorted('bca', key=m.cmp_to_key(lambda a, b: -1 if a > b else 1)), K(1) < K(2), K(1) == K(1), K(2) >= K(3), K(1).obj
def t_cmp_to_key_e(m):
    K = m.cmp_to_key(lambda a, b: 0); return K(1) < 1
def t_lru(m):
    calls = []
    @m.lru_cache(maxsize=2)
    def sq(x): calls.append(x); return x * x
    r = [sq(1), sq(2), sq(1), sq(3), sq(2), sq(1)]
    ci = sq.cache_info()
    return r, calls, tuple(ci), repr(ci), ci.hits, sq.cache_parameters(), sq.__name__, sq.__wrapped__ is not None
def t_lru2(m):
    @m.lru_cache
    def fib(n): return n if n < 2 else fib(n-1) + fib(n-2)
    v = fib(30); ci = fib.cache_info(); fib.cache_clear()
    return v, tuple(ci), tuple(fib.cache_info()), fib.cache_parameters()
def t_lru_typed(m):
    calls = []
    @m.lru_cache(typed=True)
    def g(x): calls.append(x); return x
    g(1); g(1.0); g(1); g(x=1); g(x=1)
    return calls, tuple(g.cache_info()), g.cache_parameters()
def t_lru_untyped(m):
    calls = []
    @m.lru_cache(None)
    def g(x, y=0): calls.append(x); return x
    g(1); g(1.0); g(True); g(1, y=2); g(1, y=2); g(1, 2)
    return calls, tuple(g.cache_info()), g.cache_parameters()
def t_lru0(m):
    @m.lru_cache(0)
    def g(x): return x
    g(1); g(1); return tuple(g.cache_info()), m.lru_cache(-5)(g).cache_parameters()
def t_lru_e(m): return m.lru_cache('x')
def t_lru_unhash(m):
    @m.lru_cache
    def g(x): return x
    return g([1])
def t_lru_method(m):
    class A:
        @m.lru_cache
        def meth(self, x): return (id(self) != 0, x)
    a = A(); return a.meth(1), a.meth(1), A.meth.cache_info().hits
def t_cache(m):
    @m.cache
    def g(x): return [x]
    return g(1) is g(1), tuple(g.cache_info()), g.cache_parameters()
def t_cached_property(m):
    class A:
        n = 0
        @m.cached_property
        def val(self):
            "vdoc"
            A.n += 1; return A.n
    a = A()
    return a.val, a.val, a.__dict__, A.val.__doc__, A.val.attrname, type(A.val).__name__
def t_cached_property_e(m):
    class A:
        __slots__ = ()
        @m.cached_property
        def val(self): return 1
    return A().val
def t_cached_property_e2(m):
    cp = m.cached_property(lambda s: 1)
    class A:
        x = cp
    class B:
        y = cp
def t_cached_property_e3(m):
    cp = m.cached_property(lambda s: 1)
    class A: pass
    return cp.__get__(A(), A)
def t_singledispatch(m):
    import abc, collections.abc
    @m.singledispatch
    def fun(arg, verbose=False): return ('default', arg)
    @fun.register
    def _(arg: int): return ('int', arg)
    @fun.register(list)
    def _(arg): return ('list', arg)
    def nothing(arg): return ('none',)
    fun.register(type(None), nothing)
    @fun.register(float)
    @fun.register(complex)
    def _(arg): return ('num', arg)
    return fun('x'), fun(1), fun(True), fun([1]), fun(None), fun(1.5), fun(2j), sorted(k.__name__ for k in fun.registry), fun.dispatch(bool).__name__, fun.__name__
def t_singledispatch_abc(m):
    import abc, collections.abc
    @m.singledispatch
    def g(x): return 'obj'
    g.register(collections.abc.Sequence, lambda x: 'seq')
    g.register(collections.abc.Mapping, lambda x: 'map')
    g.register(collections.abc.Sized, lambda x: 'sized')
    class S:
        def __len__(self): return 0
    return g([]), g({}), g(()), g('s'), g(S()), g(1), g(set())
def t_singledispatch_ambig(m):
    import abc, collections.abc
    @m.singledispatch
    def g(x): return 'obj'
    g.register(collections.abc.Sized, lambda x: 'sized')
    g.register(collections.abc.Iterable, lambda x: 'iter')
    class S:
        def __len__(self): return 0
        def __iter__(self): return iter(())
    return g(S())
def t_singledispatch_union(m):
    import abc, collections.abc
    @m.singledispatch
    def g(x): return 'obj'
    @g.register
    def _(x: int | str): return 'is'
    g.register(bytes | bytearray, lambda x: 'b')
    return g(1), g('a'), g(b''), g(bytearray()), g(1.0)
def t_singledispatch_e(m):
    import abc, collections.abc
    @m.singledispatch
    def g(x): return 'obj'
    return g()
def t_singledispatch_e2(m):
    @m.singledispatch
    def g(x): return 'obj'
    return g.register(1, lambda x: 1)
def t_singledispatch_e3(m):
    @m.singledispatch
    def g(x): return 'obj'
    def h(x): return 1
    return g.register(h)
def t_singledispatch_e4(m):
    @m.singledispatch
    def g(x): return 'obj'
    def h(x: 'list[int]'): return 1
    return g.register(h)
def t_singledispatch_dynreg(m):
    import abc, collections.abc
    @m.singledispatch
    def g(x): return 'obj'
    class B(abc.ABC): pass
    g.register(B, lambda x: 'B')
    r1 = g(1)
    B.register(int)
    return r1, g(1), g(True)
def t_singledispatchmethod(m):
    import abc, collections.abc
    class N:
        @m.singledispatchmethod
        def neg(self, arg): return 'no'
        @neg.register
        def _(self, arg: int): return -arg
        @neg.register
        def _(self, arg: bool): return not arg
        @m.singledispatchmethod
        @classmethod
        def c(cls, arg): return ('c', cls.__name__)
        @c.register(int)
        @classmethod
        def _(cls, arg): return ('ci', cls.__name__)
    n = N()
    return n.neg(5), n.neg(True), n.neg('s'), N.c('a'), N.c(1), n.neg.__name__
def t_sdm_e(m): return m.singledispatchmethod(1)
def t_partial_readonly(m):
    p = m.partial(max, 1)
    try: p.func = min
    except AttributeError as e: r = str(e)
    try: del p.args
    except AttributeError as e: r2 = str(e)
    return r, r2, p.func is max
def t_partial_attrs(m):
    p = m.partial(max, 1); p.x = 2
    return p.x, p.__dict__, m.partial(p, 3).args, type(m.partial.func).__name__ != 'x'
def t_singledispatch_matrix(m):
    import collections.abc as A, collections
    abcs = [A.Iterable, A.Sized, A.Container, A.Collection, A.Sequence, A.MutableSequence, A.Mapping, A.MutableMapping, A.Set, A.MutableSet, A.Hashable, A.Reversible, A.Callable]
    objs = [1, 'a', b'b', [1], (1,), {1: 2}, {1}, frozenset(), range(2), collections.deque(), collections.OrderedDict(), len, iter([]), None, 1.5, bytearray()]
    out = []
    import itertools
    for k in (1, 2, 3):
        for combo in itertools.combinations(abcs, k):
            @m.singledispatch
            def g(x): return 'object'
            for a in combo:
                g.register(a, (lambda name: lambda x: name)(a.__name__))
            row = []
            for o in objs:
                try: row.append(g(o))
                except RuntimeError as e: row.append('RE ' + str(e))
            out.append(row)
    return out
def t_all(m): return sorted(m.__all__)

if __name__ == '__main__':
    if len(sys.argv) > 1:
        sys.exit(harness.main_subprocess(__file__, globals(), 'functools'))
    # default: in-process comparison (Lib copy loaded under another name),
    # then the same scenarios in subprocesses with all of Lib/ first on the path
    mine = harness.load('functools')
    bad = harness.compare(harness.scenario_list(globals()), ref, mine, names=[('pyrite_functools', 'functools')])
    bad |= harness.main_subprocess(__file__, globals(), 'functools')
    sys.exit(1 if bad else 0)
