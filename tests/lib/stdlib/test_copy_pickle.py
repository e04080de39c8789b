"""copy / deepcopy / pickle round trips of objects made by the Lib modules."""
import sys
try:
    sys.path.insert(0, __file__.rpartition('/')[0] or '.')
except AttributeError:
    pass  # inside pyrite: run_pyrite.py puts this directory on PYTHONPATH
import harness

class Mod:
    pass

def _m():
    import collections, functools, operator, types, itertools
    m = Mod()
    m.collections, m.functools, m.operator, m.types, m.itertools = collections, functools, operator, types, itertools
    return m

Point = None

def _objects(m):
    global Point
    c = m.collections
    Point = c.namedtuple('Point', 'x y')
    Point.__module__ = __name__
    dd = c.defaultdict(list, {1: [2]})
    od = c.OrderedDict([('b', 1), ('a', [2])])
    return [
        ('deque', c.deque([1, [2]], maxlen=4)),
        ('deque2', c.deque('abc')),
        ('counter', c.Counter('abca')),
        ('odict', od),
        ('ddict', dd),
        ('ddict_none', c.defaultdict(None, {'k': 1})),
        ('chainmap', c.ChainMap({'a': 1}, {'b': [2]})),
        ('userdict', c.UserDict(a=1)),
        ('userlist', c.UserList([1, [2]])),
        ('userstring', c.UserString('abc')),
        ('namedtuple', Point(1, [2])),
        ('partial', m.functools.partial(max, 1, key=abs)),
        ('itemgetter', m.operator.itemgetter(1, 0)),
        ('attrgetter', m.operator.attrgetter('real', 'imag')),
        ('methodcaller', m.operator.methodcaller('count', 1)),
        ('methodcaller_kw', m.operator.methodcaller('sort', reverse=True)),
        ('namespace', m.types.SimpleNamespace(a=1, b=[2])),
        ('count', m.itertools.count(3, 2)),
        ('repeat', m.itertools.repeat('x', 3)),
    ]

def _show(m, name, obj):
    op = m.operator
    if name == 'itemgetter': return op.itemgetter(1, 0)([5, 6]) == obj([5, 6]), repr(obj)
    if name in ('attrgetter',): return obj(3 + 4j), repr(obj)
    if name == 'methodcaller': return obj([1, 1, 2]), repr(obj)
    if name == 'methodcaller_kw':
        l = [1, 3, 2]; obj(l); return l, repr(obj)
    if name == 'partial': return obj(-5, 3), repr(obj).split(' at ')[0]
    if name in ('count', 'repeat'): return repr(obj), list(m.itertools.islice(obj, 4))
    return repr(obj), type(obj).__name__, getattr(obj, 'maxlen', None), getattr(obj, 'default_factory', None)

def t_copy(m):
    import copy
    out = []
    for name, obj in _objects(m):
        for cp in (copy.copy, copy.deepcopy):
            try:
                c = cp(obj)
                out.append((name, cp.__name__, _show(m, name, c)))
            except Exception as e:
                out.append((name, cp.__name__, type(e).__name__, str(e)))
    return out

def t_copy_sharing(m):
    import copy
    c = m.collections
    out = []
    for obj, get in [(c.deque([[1]]), lambda o: o[0]), (c.OrderedDict(a=[1]), lambda o: o['a']), (c.defaultdict(list, a=[1]), lambda o: o['a']),
                     (c.ChainMap({'a': [1]}), lambda o: o['a']), (c.UserList([[1]]), lambda o: o[0]), (c.UserDict(a=[1]), lambda o: o['a'])]:
        out.append((get(copy.copy(obj)) is get(obj), get(copy.deepcopy(obj)) is get(obj)))
    return out

def t_pickle(m):
    import pickle
    out = []
    for name, obj in _objects(m):
        for proto in (0, 2, 4):
            try:
                c = pickle.loads(pickle.dumps(obj, proto))
                out.append((name, proto, _show(m, name, c)))
            except Exception as e:
                out.append((name, proto, type(e).__name__, str(e)))
    return out

if __name__ == '__main__':
    sys.exit(harness.main_subprocess(__file__, globals(), None, check=('collections', 'functools', 'operator', 'types', 'itertools'), factory=_m))
