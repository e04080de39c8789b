"""bisect, heapq, copy, types, reprlib, keyword: run with CPython's modules
and with pyrite's Lib/ (subprocesses), compare."""
import sys
try:
    sys.path.insert(0, __file__.rpartition('/')[0] or '.')
except AttributeError:
    pass  # inside pyrite: run_pyrite.py puts this directory on PYTHONPATH
import harness

class Mod:
    pass

def _m():
    import bisect, heapq, copy, types, reprlib, keyword
    m = Mod()
    for n, v in dict(bisect=bisect, heapq=heapq, copy=copy, types=types, reprlib=reprlib, keyword=keyword).items():
        setattr(m, n, v)
    return m

# bisect
def t_bisect(m):
    b = m.bisect; a = [1, 2, 2, 2, 3, 5]
    return [b.bisect_left(a, 2), b.bisect_right(a, 2), b.bisect(a, 0), b.bisect(a, 9), b.bisect_left(a, 2, 2), b.bisect_right(a, 2, 0, 2), b.bisect_left(a, 2, hi=-1), b.bisect_left(a, 3, 0, -5),
            b.bisect_left([(1, 'a'), (3, 'b')], 2, key=lambda t: t[0]), b.bisect_right(a, 2, key=lambda v: v)]
def t_bisect_e(m): return m.bisect.bisect([1], 1, -1)
def t_insort(m):
    b = m.bisect; a = [1, 3]; b.insort(a, 2); b.insort_left(a, 3); b.insort_right(a, 0)
    c = [(1, 'a'), (3, 'c')]; b.insort(c, (2, 'b'), key=lambda t: t[0]); b.insort_left(c, (3, 'z'), key=lambda t: t[0])
    return a, c
# heapq
def t_heap(m):
    h = m.heapq; import random; r = random.Random(5); data = [r.randrange(100) for _ in range(50)]
    x = list(data); h.heapify(x); out = [h.heappop(x) for _ in range(len(x))]
    y = []
    for v in data: h.heappush(y, v)
    z = list(data); h.heapify(z); a = h.heappushpop(z, 3); b = h.heapreplace(z, 200)
    return out == sorted(data), x, [h.heappop(y) for _ in range(5)], a, b, h.heappushpop([], 1), h.heappushpop([5], 1)
def t_heap_e(m): return m.heapq.heappop([])
def t_heap_e2(m): return m.heapq.heapreplace([], 1)
def t_heap_e3(m): return m.heapq.heappush((), 1)
def t_heap_e4(m): return m.heapq.heapify(None)
def t_nlargest(m):
    h = m.heapq; data = [5, 1, 8, 3, 8, 2, 9, 0, 7]
    res = []
    for n in (-1, 0, 1, 2, 5, 9, 20):
        res.append((h.nlargest(n, data), h.nsmallest(n, data), h.nlargest(n, iter(data)), h.nsmallest(n, iter(data)), h.nlargest(n, data, key=lambda v: -v), h.nsmallest(n, iter(data), key=lambda v: v % 4)))
    res.append(h.nlargest(2, [(1, 'a'), (1, 'b'), (1, 'c')], key=lambda t: t[0]))
    res.append(h.nsmallest(2, iter([(1, 'a'), (1, 'b'), (1, 'c')]), key=lambda t: t[0]))
    res.append(h.nlargest(3, iter([])))
    return res
def t_merge(m):
    h = m.heapq
    return (list(h.merge([1, 3, 5], [2, 4, 6], [0, 7])), list(h.merge()), list(h.merge([], [1])), list(h.merge([5, 3], [4, 1], reverse=True)),
            list(h.merge(['a1', 'b1'], ['a2', 'c2'], key=lambda s: s[0])), list(h.merge(['b1', 'a1'], ['b2', 'a2'], key=lambda s: s[0], reverse=True)),
            list(h.merge([1, 1], [1, 1]) ))
# copy
class C:
    def __init__(self): self.a = [1]; self.b = {'x': [2]}
class S:
    __slots__ = ('p', 'q')
class WithCopy:
    def __copy__(self): return 'copied'
    def __deepcopy__(self, memo): return ('deep', len(memo))
class R:
    def __reduce__(self): return (R, (), {'z': 5})
class Str:
    def __reduce__(self): return 'Str_global'
class L(list): pass
class D(dict): pass
def t_copy(m):
    c = m.copy; x = C(); y = c.copy(x); z = c.deepcopy(x)
    s = S(); s.p = [1]; s2 = c.copy(s); s3 = c.deepcopy(s)
    l = L([1, [2]]); l.attr = 3; l2 = c.deepcopy(l)
    d = D(a=[1]); d2 = c.copy(d)
    return (y.a is x.a, z.a is x.a, z.a == x.a, z.b, s2.p is s.p, s3.p == s.p, s3.p is s.p, hasattr(s3, 'q'), c.copy(WithCopy()), c.deepcopy(WithCopy()), c.deepcopy(R()).z,
            c.copy(Str()) .__class__.__name__, type(l2).__name__, l2, l2.attr, l2[1] is l[1], type(d2).__name__, d2['a'] is d['a'])
def t_copy_atomic(m):
    c = m.copy; objs = [1, 'a', (1, 2), None, len, int, range(3), frozenset([1]), b'x', 1.5, ..., NotImplemented, t_copy]
    return [c.copy(o) is o for o in objs] + [c.deepcopy(o) is o for o in objs]
def t_deepcopy_shared(m):
    a = [1]; x = [a, a, (a,), {'k': a}]; x.append(x)
    y = m.copy.deepcopy(x)
    return y[0] is y[1], y[2][0] is y[0], y[3]['k'] is y[0], y[4] is y, y[0] is a, repr(y)
def t_deepcopy_tuple(m):
    t = (1, 2, 'a'); t2 = ([1], 2)
    return m.copy.deepcopy(t) is t, m.copy.deepcopy(t2) is t2, m.copy.deepcopy(t2)
def t_copy_builtins(m):
    c = m.copy; l = [[1]]; d = {1: [2]}; s = {1}; b = bytearray(b'ab')
    return c.copy(l)[0] is l[0], c.copy(d)[1] is d[1], c.copy(s) == s, c.copy(s) is s, c.copy(b), c.copy(b) is b
def t_copy_method(m):
    x = C(); meth = x.__init__; y = m.copy.deepcopy(meth); return y.__self__ is x, type(y.__self__).__name__
def t_copy_err(m):
    class U:
        def __reduce_ex__(self, p): raise m.copy.Error('nope')
    return m.copy.copy(U())
def t_copy_err2(m): return m.copy.Error is m.copy.error, issubclass(m.copy.Error, Exception), m.copy.__all__
def t_copy_cls(m): return m.copy.copy(C) is C, m.copy.deepcopy(C) is C
def t_copy_memo(m):
    memo = {}; a = [1]; b = m.copy.deepcopy([a, a], memo); return id(a) in memo, memo[id(a)] is b[0]
class GS:
    def __init__(self): self.a = [1]; self.b = 2
    def __getstate__(self): return {'a': self.a}
    def __setstate__(self, st): self.__dict__.update(st); self.restored = True
class NA:
    def __new__(cls, x): o = object.__new__(cls); o.x = x; return o
    def __getnewargs__(self): return (self.x,)
class NAX:
    def __new__(cls, x, *, y): o = object.__new__(cls); o.x = x; o.y = y; return o
    def __getnewargs_ex__(self): return ((self.x,), {'y': self.y})
class RI:
    def __init__(self): self.items = []
    def append(self, x): self.items.append(x)
    def __reduce__(self): return (RI, (), None, iter([1, [2]]))
class RD(dict):
    def __reduce__(self): return (RD, (), {'attr': 1}, None, iter([('k', [1])]))
class SlotsDict:
    __slots__ = ('s', '__dict__')
def t_copy_protocols(m):
    c = m.copy; out = []
    g = GS(); g2 = c.copy(g); g3 = c.deepcopy(g)
    out.append((vars(g2), g2.a is g.a, g3.a is g.a, g3.a))
    n = NA([5]); out.append((c.copy(n).x is n.x, c.deepcopy(n).x is n.x, c.deepcopy(n).x))
    x = NAX(1, y=[2]); x2 = c.deepcopy(x); out.append((x2.x, x2.y, x2.y is x.y))
    r = c.copy(RI()); r2 = c.deepcopy(RI()); out.append((r.items, r2.items))
    d = c.deepcopy(RD()); out.append((dict(d), d.attr))
    s = SlotsDict(); s.s = [1]; s.t = [2]; s2 = c.copy(s); s3 = c.deepcopy(s); out.append((s2.s is s.s, s2.t is s.t, s3.s, s3.t, s3.s is s.s))
    return out
def t_copy_slots_inherit(m):
    class A:
        __slots__ = ('a',)
    class B(A):
        __slots__ = ('b',)
    o = B(); o.a = [1]; o.b = 2
    p = m.copy.deepcopy(o); q = m.copy.copy(o)
    return p.a, p.b, p.a is o.a, q.a is o.a
def t_copy_recursive_obj(m):
    class N: pass
    a = N(); a.me = a; a.l = [a]
    b = m.copy.deepcopy(a)
    return b.me is b, b.l[0] is b, b is not a
# types
def t_types_names(m):
    t = m.types
    names = ['FunctionType', 'LambdaType', 'CodeType', 'MappingProxyType', 'SimpleNamespace', 'CellType', 'GeneratorType', 'CoroutineType', 'AsyncGeneratorType', 'MethodType',
             'BuiltinFunctionType', 'BuiltinMethodType', 'WrapperDescriptorType', 'MethodWrapperType', 'MethodDescriptorType', 'ClassMethodDescriptorType', 'ModuleType',
             'TracebackType', 'FrameType', 'GetSetDescriptorType', 'MemberDescriptorType', 'GenericAlias', 'UnionType', 'EllipsisType', 'NoneType', 'NotImplementedType']
    return [(n, getattr(t, n).__name__) for n in names]
def t_types_all(m): return sorted(m.types.__all__)
def t_ns(m):
    N = m.types.SimpleNamespace
    n = N(a=1, b='x'); n.c = [1]; e = N()
    r = [repr(n), repr(e), n == N(a=1, b='x', c=[1]), n != N(), n == 1, n.a]
    n.self = n; r.append(repr(n))
    class Sub(N): pass
    r.append(repr(Sub(q=1))); r.append(Sub(q=1) == N(q=1))
    return r
def t_ns_e(m): return m.types.SimpleNamespace(1)
def t_ns_hash(m): return hash(m.types.SimpleNamespace())
def t_mappingproxy(m):
    p = m.types.MappingProxyType({'a': 1}); return p['a'], repr(p), len(p)
def t_mappingproxy_e(m):
    p = m.types.MappingProxyType({'a': 1}); p['b'] = 2
def t_new_class(m):
    t = m.types
    class Meta(type):
        @classmethod
        def __prepare__(mcls, name, bases, **kw): return {'prepared': kw}
        def __new__(mcls, name, bases, ns, **kw): return super().__new__(mcls, name, bases, ns)
        def __init__(cls, name, bases, ns, **kw): super().__init__(name, bases, ns)
    C = t.new_class('C', (), {'metaclass': Meta, 'x': 1}, lambda ns: ns.update(y=2))
    class B: pass
    class Entry:
        def __mro_entries__(self, bases): return (B,)
    D = t.new_class('D', (Entry(),))
    return C.__name__, type(C).__name__, C.prepared, C.y, D.__bases__[0] is B, D.__orig_bases__[0].__class__.__name__, t.resolve_bases((int, Entry()))[1] is B, t.resolve_bases((int,)), t.prepare_class('X', (int,))[0], t.prepare_class('X', (), {'metaclass': Meta, 'k': 1})[1:]
def t_new_class_e(m):
    class M1(type): pass
    class M2(type): pass
    return m.types.new_class('X', (M1('a', (), {}), M2('b', (), {})))
def t_resolve_e(m):
    class Bad:
        def __mro_entries__(self, bases): return [int]
    return m.types.resolve_bases((Bad(),))
def t_dca(m):
    class A:
        @m.types.DynamicClassAttribute
        def x(self):
            "xdoc"
            return 5
    try: A.x; r = 'noerr'
    except AttributeError: r = 'AE'
    return A().x, r, A.__dict__['x'].__doc__
def t_coroutine(m):
    @m.types.coroutine
    def g():
        yield 1
        return 2
    async def main(): return await g()
    c = main(); v = c.send(None)
    try: c.send(None)
    except StopIteration as e: return v, e.value
def t_coroutine_e(m): return m.types.coroutine(1)
# reprlib
def t_reprlib(m):
    r = m.reprlib.repr
    return [r('x' * 100), r(list(range(20))), r(tuple(range(3))), r((1,)), r(set(range(20))), r(frozenset(range(10))), r(frozenset()), r(set()), r({i: i for i in range(10)}), r({}), r(10 ** 100), r([[[[[[[[1]]]]]]]]), r({'a': {'b': {'c': {'d': {'e': {'f': {'g': 1}}}}}}}),
            r(object())[:9], r('a' * 30), r('a' * 31), r(range(100))]
def t_reprlib_class(m):
    R = m.reprlib.Repr(); R.maxlist = 2; R.maxstring = 10; R.fillvalue = '~'
    import collections, array
    return R.repr([1, 2, 3]), R.repr('abcdefghijklmnop'), R.repr(collections.deque(range(10))), m.reprlib.repr(array.array('i', range(10))), m.reprlib.repr(array.array('i')), R.maxlevel, R.maxdict, R.maxother, R.maxlong
def t_reprlib_fail(m):
    class Bad:
        def __repr__(self): raise ValueError
    return m.reprlib.repr(Bad()).split(' at ')[0]
def t_recursive_repr(m):
    class X:
        def __init__(self): self.l = [self]
        @m.reprlib.recursive_repr('<rec>')
        def __repr__(self):
            "reprdoc"
            return 'X(%r)' % self.l
    return repr(X()), X.__repr__.__name__, X.__repr__.__doc__, X.__repr__.__qualname__
def t_keyword(m): return m.keyword.kwlist, m.keyword.softkwlist, m.keyword.iskeyword('if'), m.keyword.iskeyword('match'), m.keyword.issoftkeyword('_'), m.keyword.__all__

if __name__ == '__main__':
    sys.exit(harness.main_subprocess(__file__, globals(), None, check=('bisect', 'heapq', 'copy', 'types', 'reprlib', 'keyword'), factory=_m))
