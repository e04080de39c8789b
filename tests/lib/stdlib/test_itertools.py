import sys
try:
    sys.path.insert(0, __file__.rpartition('/')[0] or '.')
except AttributeError:
    pass  # inside pyrite: run_pyrite.py puts this directory on PYTHONPATH
import harness
import itertools as ref

L = list
def t_count1(m): return repr(m.count()), repr(m.count(5)), repr(m.count(1, 2)), repr(m.count(1.5, 0.5)), repr(m.count(0, 1.0)), repr(m.count(2.0))
def t_count2(m):
    c = m.count(3, -1); return [next(c) for _ in range(5)], repr(c)
def t_count3(m): return m.count('a')
def t_count4(m): return L(m.islice(m.count(1j), 3))
def t_count5(m): return m.count(1, 'x')
def t_cycle(m): return L(m.islice(m.cycle('abc'), 10)), L(m.cycle([]))
def t_cycle2(m): return m.cycle(1)
def t_repeat(m):
    r = m.repeat('a', 3); a = repr(r); n = next(r); return a, n, repr(r), r.__length_hint__(), L(r), repr(r)
def t_repeat2(m): return repr(m.repeat(None)), repr(m.repeat(1, -5)), L(m.repeat(1, -5)), L(m.repeat(2, times=2))
def t_repeat3(m): return m.repeat(1).__length_hint__()
def t_repeat4(m): return m.repeat(1, 2.5)
def t_repeat5(m): return L(map(pow, range(5), m.repeat(2)))
def t_acc(m):
    import operator
    return (L(m.accumulate([1,2,3,4])), L(m.accumulate([1,2,3], operator.mul)), L(m.accumulate([], initial=5)),
            L(m.accumulate([1,2], initial=10)), L(m.accumulate([])), L(m.accumulate('abc')), L(m.accumulate([3,1,4], max, initial=0)))
def t_chain(m): return L(m.chain('ab', [1], (), range(2))), L(m.chain.from_iterable(['ab', 'cd'])), L(m.chain())
def t_chain2(m):
    c = m.chain(1); return next(c)
def t_chain3(m): return m.chain(x=1)
def t_chain4(m): return repr(m.chain[int])
def t_compress(m): return L(m.compress('ABCDEF', [1,0,1,0,1,1])), L(m.compress('AB', [1,1,1,1]))
def t_dropwhile(m): return L(m.dropwhile(lambda x: x < 5, [1,4,6,4,1])), L(m.dropwhile(bool, []))
def t_takewhile(m):
    t = m.takewhile(lambda x: x < 5, [1,4,6,4,1]); return L(t), L(t)
def t_filterfalse(m): return L(m.filterfalse(None, [0, 1, '', 'a', None])), L(m.filterfalse(lambda x: x % 2, range(10)))
def t_groupby(m):
    return [(k, L(g)) for k, g in m.groupby('AAAABBBCCDAABBB')], [k for k, g in m.groupby('AAAABBBCCD')]
def t_groupby2(m):
    gs = L(m.groupby('AAABBC')); return [(k, L(g)) for k, g in gs]
def t_groupby3(m):
    it = m.groupby([1,2,3,4,5,6], key=lambda x: x // 3)
    k, g = next(it); a = next(g); k2, g2 = next(it); return k, a, L(g), k2, L(g2), [k for k, g in it]
def t_groupby4(m): return L(m.groupby([]))
def t_islice(m):
    return (L(m.islice('ABCDEFG', 2)), L(m.islice('ABCDEFG', 2, 4)), L(m.islice('ABCDEFG', 2, None)),
            L(m.islice('ABCDEFG', 0, None, 2)), L(m.islice('ABC', None)), L(m.islice('ABCDEFG', None, None, 3)),
            L(m.islice('ABCDEFG', 10, 20)), L(m.islice(range(100), 3, 50, 10)))
def t_islice_e1(m): return m.islice('a', -1)
def t_islice_e2(m): return m.islice('a', 1, -1)
def t_islice_e3(m): return m.islice('a', 1, 2, 0)
def t_islice_e4(m): return m.islice('a', 'x')
def t_islice_e5(m): return m.islice('a', 1, 2, 'x')
def t_islice_e6(m): return m.islice('a')
def t_islice_e7(m): return m.islice('a', 1, 2, 3, 4)
def t_islice_e8(m): return m.islice('a', -1, 2)
def t_islice_e9(m): return m.islice('a', 1.0)
def t_islice_cons(m):
    it = iter(range(10)); L(m.islice(it, 2, 4)); return L(it)
def t_islice_cons2(m):
    it = iter(range(10)); s = m.islice(it, 3); L(s); return next(it)
def t_pairwise(m): return L(m.pairwise('ABCDE')), L(m.pairwise('A')), L(m.pairwise(''))
def t_starmap(m): return L(m.starmap(pow, [(2,5), (3,2)])), L(m.starmap(lambda *a: a, ['ab', 'c']))
def t_tee(m):
    a, b = m.tee(iter([1,2,3])); x = next(a); return x, L(b), L(a), m.tee([1], 0), len(m.tee('abc', 5))
def t_tee2(m):
    a, b, c = m.tee('abc', 3); return L(a), L(b), L(c)
def t_tee3(m): return m.tee('a', -1)
def t_tee4(m):
    import copy
    a, b = m.tee('abcd'); next(a); c = copy.copy(a); return L(c), L(a), L(b)
def t_tee5(m):
    a, b = m.tee(range(3)); c, d = m.tee(a); return L(c), L(d), L(b), type(a) is type(c)
def t_tee6(m): return type(m.tee('a')[0]).__name__
def t_zl(m): return L(m.zip_longest('ABCD', 'xy', fillvalue='-')), L(m.zip_longest()), L(m.zip_longest('ab', range(3)))
def t_zl2(m): return m.zip_longest(1)
def t_product(m): return L(m.product('AB', 'xy')), L(m.product(range(2), repeat=3)), L(m.product()), L(m.product('ab', []))
def t_product2(m): return m.product('a', repeat=-1)
def t_product3(m): return L(m.product('ab', repeat=0))
def t_perm(m): return L(m.permutations('ABC', 2)), L(m.permutations(range(3))), L(m.permutations('ab', 5)), L(m.permutations('')), L(m.permutations('abc', 0))
def t_perm2(m): return m.permutations('a', -1)
def t_perm3(m): return m.permutations('a', 1.0)
def t_perm4(m): return L(m.permutations(range(4)))
def t_comb(m): return L(m.combinations('ABCD', 2)), L(m.combinations(range(4), 3)), L(m.combinations('ab', 3)), L(m.combinations('ab', 0)), L(m.combinations('', 0))
def t_comb2(m): return m.combinations('ab', -2)
def t_cwr(m): return L(m.combinations_with_replacement('ABC', 2)), L(m.combinations_with_replacement('', 2)), L(m.combinations_with_replacement('', 0)), L(m.combinations_with_replacement('ab', 3))
def t_types(m): return [type(x).__name__ for x in (m.count(), m.chain(), m.islice('', 1), m.product(), m.repeat(1))], m.chain.__module__
def t_iters(m):
    r = []
    for x in (m.count(), m.cycle('a'), m.chain(), m.islice('', 1), m.product(), m.permutations(''), m.zip_longest(), m.starmap(None, [])):
        r.append(iter(x) is x)
    return r
def t_subclass(m):
    class C(m.chain): pass
    return L(C('ab', 'c'))

def t_islice_matrix(m):
    out = []
    for a in [(1,-5),(-1,'x'),('x',2),(-1,-1),(-1,2),(1,-1),('x','y'),(1,2**70),(2**70,1),(1,2,2**70),(1,2,-1),(-1,),(2**70,),('x',),(None,),(None,None,None),(1,None,2)]:
        try: out.append(L(m.islice('abcdef', *a)))
        except Exception as e: out.append((type(e).__name__, str(e)))
    return out

def t_copying(m):
    import copy
    out = []
    makers = [lambda: m.count(3), lambda: m.cycle('abc'), lambda: m.repeat('x', 4), lambda: m.chain('ab', 'cd'), lambda: m.islice('abcdefg', 1, 6, 2),
              lambda: m.accumulate([1, 2, 3, 4]), lambda: m.compress('abcd', [1, 0, 1, 1]), lambda: m.dropwhile(lambda x: x < 2, [1, 2, 3, 1]),
              lambda: m.takewhile(lambda x: x < 3, [1, 2, 3, 1]), lambda: m.filterfalse(None, [0, 1, 0, 2]), lambda: m.starmap(pow, [(2, 3), (3, 2)]),
              lambda: m.zip_longest('ab', 'xyz'), lambda: m.product('ab', repeat=2), lambda: m.permutations('abc', 2), lambda: m.combinations('abcd', 2),
              lambda: m.combinations_with_replacement('ab', 2), lambda: m.pairwise('abcd'), lambda: m.tee('abcd')[0],
              lambda: m.chain.from_iterable(['ab', 'cd']), lambda: m.islice(m.count(), 2, None, 3), lambda: m.cycle(iter('ab'))]
    for mk in makers:
        for cp in (copy.copy, copy.deepcopy):
            it = mk(); next(it)
            try:
                c = cp(it)
                out.append((list(m.islice(c, 5)), list(m.islice(it, 5))))
            except Exception as e:
                out.append((type(e).__name__,))
    return out

def t_copy_groupby(m):
    import copy
    out = []
    for cp in (copy.copy, copy.deepcopy):
        g = m.groupby('aabbbc')
        k, grp = next(g)
        g2 = cp(g)
        out.append(([(k2, list(v)) for k2, v in g2], [(k2, list(v)) for k2, v in g]))
    return out

if __name__ == '__main__':
    if len(sys.argv) > 1:
        sys.exit(harness.main_subprocess(__file__, globals(), 'itertools'))
    # default: in-process comparison (Lib copy loaded under another name),
    # then the same scenarios in subprocesses with all of Lib/ first on the path
    mine = harness.load('itertools')
    bad = harness.compare(harness.scenario_list(globals()), ref, mine, names=[('pyrite_itertools', 'itertools')])
    bad |= harness.main_subprocess(__file__, globals(), 'itertools')
    sys.exit(1 if bad else 0)
