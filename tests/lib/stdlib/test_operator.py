import sys
try:
    sys.path.insert(0, __file__.rpartition('/')[0] or '.')
except AttributeError:
    pass  # inside pyrite: run_pyrite.py puts this directory on PYTHONPATH
import harness
import operator as ref

class A:
    def __init__(self): self.x = 1; self.y = A2()
    def f(self, *a, **k): return a, k
class A2: z = 5
class LH:
    def __init__(self, v): self.v = v
    def __length_hint__(self): return self.v
class Idx:
    def __index__(self): return 7

def t_all(m): return m.__all__, sorted(k for k in dir(m) if k.startswith('__') and k.endswith('__') and k not in ('__builtins__','__cached__','__doc__','__file__','__loader__','__name__','__package__','__spec__'))
def t_arith(m):
    return [m.add(1,2), m.sub(1,2), m.mul(3,4), m.truediv(1,2), m.floordiv(7,2), m.mod(7,3), m.pow(2,10), m.neg(3), m.pos(-3), m.abs(-4),
            m.inv(5), m.invert(5), m.lshift(1,3), m.rshift(8,1), m.and_(6,3), m.or_(6,3), m.xor(6,3), m.not_(0), m.truth([]), m.is_(None, None), m.is_not(1, None),
            m.lt(1,2), m.le(2,2), m.eq(1,1), m.ne(1,2), m.ge(1,2), m.gt(2,1), m.__add__(1, 1), m.call(max, 1, 5)]
def t_seq(m):
    l = [1,2,3]; m.setitem(l, 0, 9); m.delitem(l, 1)
    return l, m.getitem('abc', 1), m.contains([1,2], 2), m.countOf([1,2,1,1], 1), m.indexOf('abc', 'c'), m.concat([1], [2]), m.concat('a', 'b')
def t_concat_err(m): return m.concat(1, 2)
def t_iconcat_err(m): return m.iconcat(1, 2)
def t_indexof_err(m): return m.indexOf([1], 3)
def t_index(m): return m.index(5), m.index(True), m.index(Idx())
def t_index_err(m): return m.index(1.5)
def t_index_err2(m): return m.index('a')
def t_inplace(m):
    l = [1]; r = m.iadd(l, [2]); s = {1}; m.ior(s, {2})
    return r is l, l, s, m.iadd(1, 2), m.isub(5, 3), m.imul(2, 3), m.itruediv(1, 4), m.ifloordiv(9, 2), m.imod(9, 4), m.ipow(2, 3), m.ilshift(1, 2), m.irshift(8, 2), m.iand(7, 2), m.ixor(7, 2), m.iconcat([1], (2,))
def t_matmul(m): return m.matmul(1, 2)
def t_lh(m): return m.length_hint([1,2]), m.length_hint(iter([1,2,3])), m.length_hint(5), m.length_hint(5, 9), m.length_hint(LH(4)), m.length_hint(LH(NotImplemented), 3)
def t_lh2(m): return m.length_hint(LH(-1))
def t_lh3(m): return m.length_hint(LH('a'))
def t_lh4(m): return m.length_hint([], 'x')
def t_attrgetter(m):
    a = A(); g = m.attrgetter('x'); g2 = m.attrgetter('x', 'y.z')
    return g(a), g2(a), repr(g), repr(g2), repr(m.attrgetter('y.z'))
def t_attrgetter_e(m): return m.attrgetter(1)
def t_attrgetter_e2(m): return m.attrgetter()
def t_attrgetter_e3(m): return m.attrgetter('nope')(A())
def t_itemgetter(m):
    g = m.itemgetter(1); g2 = m.itemgetter(0, -1, slice(1, 2))
    return g('abc'), g2('abc'), repr(g), repr(g2), repr(m.itemgetter('k'))
def t_itemgetter_e(m): return m.itemgetter()
def t_itemgetter_e2(m): return m.itemgetter(1)()
def t_itemgetter_e3(m): return m.itemgetter(5)([1])
def t_methodcaller(m):
    c = m.methodcaller('f', 1, 'a', k=2, j=[3]); return c(A()), repr(c), repr(m.methodcaller('upper')), m.methodcaller('upper')('ab')
def t_methodcaller_e(m): return m.methodcaller()
def t_methodcaller_e2(m): return m.methodcaller(1)
def t_types(m): return type(m.itemgetter(1)).__module__, type(m.attrgetter('a')).__name__

if __name__ == '__main__':
    if len(sys.argv) > 1:
        sys.exit(harness.main_subprocess(__file__, globals(), 'operator'))
    # default: in-process comparison (Lib copy loaded under another name),
    # then the same scenarios in subprocesses with all of Lib/ first on the path
    mine = harness.load('operator')
    bad = harness.compare(harness.scenario_list(globals()), ref, mine, names=[('pyrite_operator', 'operator')])
    bad |= harness.main_subprocess(__file__, globals(), 'operator')
    sys.exit(1 if bad else 0)
