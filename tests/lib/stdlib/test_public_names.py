"""Public names (and __all__) of each module: CPython vs pyrite's Lib/."""
import sys
try:
    sys.path.insert(0, __file__.rpartition('/')[0] or '.')
except AttributeError:
    pass  # inside pyrite: run_pyrite.py puts this directory on PYTHONPATH
import harness

MODULES = ['itertools', 'functools', 'operator', 'keyword', 'string', 'textwrap', 'heapq', 'bisect', 'copy', 'types',
           'reprlib', 'contextlib', 'abc', 'collections', 'collections.abc', '_collections_abc']

def _m():
    class M: pass
    m = M()
    m.mods = {}
    for n in MODULES:
        __import__(n)
        m.mods[n] = sys.modules[n]
    return m

def _scen(name):
    def f(m):
        mod = m.mods[name]
        # modules and helpers that pyrite imports lazily (start-up cost)
        lazy = {'get_cache_token', 'namedtuple', 'recursive_repr', 'islice'}
        pub = sorted(k for k in dir(mod) if not k.startswith('_')
                     and type(getattr(mod, k)).__name__ != 'module' and k not in lazy)
        return getattr(mod, '__all__', None), pub
    f.__name__ = 't_' + _ident(name)
    return f

def _ident(name):
    return ''.join(['_' if c == '.' else c for c in name])

for _n in MODULES:
    globals()['t_' + _ident(_n)] = _scen(_n)

CLASSES = [('collections', n) for n in ('deque', 'OrderedDict', 'Counter', 'defaultdict', 'ChainMap', 'UserDict', 'UserList', 'UserString')] + \
    [('functools', n) for n in ('partial', 'partialmethod', 'cached_property', 'singledispatchmethod')] + \
    [('itertools', n) for n in ('count', 'cycle', 'repeat', 'chain', 'islice', 'groupby', 'tee', 'product', 'zip_longest', 'accumulate')] + \
    [('operator', n) for n in ('attrgetter', 'itemgetter', 'methodcaller')] + \
    [('string', 'Template'), ('string', 'Formatter'), ('textwrap', 'TextWrapper'), ('reprlib', 'Repr'),
     ('contextlib', 'ExitStack'), ('contextlib', 'AsyncExitStack'), ('contextlib', 'nullcontext'), ('contextlib', 'suppress'),
     ('abc', 'ABCMeta'), ('types', 'SimpleNamespace'), ('types', 'DynamicClassAttribute')] + \
    [('collections.abc', n) for n in ('Set', 'MutableSet', 'Mapping', 'MutableMapping', 'Sequence', 'MutableSequence', 'Generator', 'Coroutine', 'AsyncGenerator', 'KeysView', 'ItemsView', 'ValuesView')]

def _cscen(mod, cls):
    def f(m):
        c = getattr(m.mods[mod], cls)
        if cls == 'tee':
            c = type(c([])[0])
        skip = {'wordsep_re', 'wordsep_simple_re', 'sentence_end_re', 'x', 'pattern'}
        return sorted(k for k in dir(c) if not k.startswith('_') and k not in skip)
    f.__name__ = 't_cls_%s_%s' % (_ident(mod), cls)
    return f

for _mod, _cls in CLASSES:
    _f = _cscen(_mod, _cls)
    globals()[_f.__name__] = _f

if __name__ == '__main__':
    sys.exit(harness.main_subprocess(__file__, globals(), None, check=MODULES, factory=_m))
