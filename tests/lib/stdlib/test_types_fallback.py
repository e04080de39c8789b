"""types.SimpleNamespace pure-Python fallback (used when the VM has no native
namespace type) compared with CPython's native one."""
import sys, os
import types as real

LIB = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..', 'Lib')
src = open(os.path.join(LIB, 'types.py')).read().replace(
    "impl = getattr(_sys, 'implementation', None)", "impl = None")
ns = {'__name__': 'pyrite_types'}
exec(compile(src, 'types.py', 'exec'), ns)
N = ns['SimpleNamespace']
assert N is not real.SimpleNamespace

def sc(N):
    out = []
    n = N(a=1, b='x'); n.c = [1]
    out += [repr(n), repr(N()), n == N(a=1, b='x', c=[1]), n != N(), n == 1]
    n.s = n; out.append(repr(n))
    class Sub(N): pass
    out.append(repr(Sub(q=1))); out.append(Sub(q=1) == N(q=1))
    for f in (lambda: N(1), lambda: N(**{'a': 1}).__reduce__()[1:], lambda: N(a=[1]) == N(a=[1]), lambda: vars(N(z=2))):
        try: out.append(f())
        except Exception as e: out.append((type(e).__name__, str(e)))
    return out

a, b = sc(real.SimpleNamespace), sc(N)
bad = [(x, y) for x, y in zip(a, b) if x != y]
for x, y in bad:
    print('MISMATCH', x, y)
print('%d scenarios, %d mismatches' % (len(a), len(bad)))
sys.exit(1 if bad else 0)
