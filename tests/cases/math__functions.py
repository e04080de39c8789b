import math
import math
vals = [0.0, -0.0, 0.5, 1.0, -1.0, 2.0, 10.0, 1e-300, 1e300, float('inf'), float('-inf'), float('nan'), 3, 10**400, -10**400, 0.1]
fns = ['acos','acosh','asin','asinh','atan','atanh','cbrt','ceil','cos','cosh','degrees','erf','erfc','exp','exp2','expm1','fabs','floor','frexp','isfinite','isinf','isnan','log','log10','log1p','log2','modf','radians','sin','sinh','sqrt','tan','tanh','trunc','ulp']
for f in fns:
    out = []
    for v in vals:
        try: out.append(repr(getattr(math, f)(v)))
        except Exception as e: out.append(type(e).__name__ + ':' + str(e))
    print(f, out)
two = ['atan2','copysign','fmod','remainder','nextafter','pow','log','ldexp','hypot','isclose']
pv = [0.0, -0.0, 1.0, -1.5, 2.0, 3, float('inf'), float('-inf'), float('nan'), 1e308, 5e-324]
for f in two:
    out = []
    for a in pv:
        for b in pv:
            try: out.append(repr(getattr(math, f)(a, b)))
            except Exception as e: out.append(type(e).__name__ + ':' + str(e))
    print(f, out)
print(math.fsum([0.1]*10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]), math.fsum([]), math.fsum([1, 2**-60, 2**-60]))
print(math.hypot(3, 4), math.hypot(*range(10)), math.hypot(), math.hypot(1e308, 1e308), math.hypot(1e-320, 1e-320), math.dist((1,2,3),(4,5,7)))
print(math.isqrt(10**100), math.isqrt(0), math.isqrt(99), math.comb(100, 50), math.comb(10**20, 3), math.perm(10, 3), math.perm(5, 10), math.factorial(30))
print(math.gcd(), math.gcd(12, 18, -30), math.lcm(), math.lcm(4, 6, -10), math.lcm(0, 5), math.prod(range(1, 20)), math.prod([1.5, 2], start=3), math.prod([]))
print(math.log(2**1000, 2), math.log10(10**500), math.log2(2**2000), math.log(10**400), math.log(8, 2), math.log(100, 10))
print(math.pi, math.e, math.tau, math.inf, math.nan)
class C:
    def __ceil__(self): return 'c'
    def __floor__(self): return 'f'
    def __trunc__(self): return 't'
print(math.ceil(C()), math.floor(C()), math.trunc(C()), math.ceil(2.5), math.floor(-2.5), math.trunc(-2.5), math.ceil(True))
for i in range(1, 60):
    x = i * 0.37
    assert (math.hypot(x, x+1)) == (math.hypot(x, x+1))
print([math.hypot(i*0.1, i*0.7, 1/ (i+1)) for i in range(20)])
print([math.erf(i*0.37-3) for i in range(1, 20)])
print([math.gamma(i) for i in range(1, 20)], math.lgamma(1), math.lgamma(2))
for e in ['math.sqrt()','math.atan2(1)','math.factorial(5.0)','math.factorial(-1)','math.dist([1],[2])','math.dist((1,),(2,3))','math.isqrt(-1)','math.comb(-1,2)','math.comb(5,-1)','math.perm(5,-1)','math.log(0)','math.log(1,1)','math.trunc("a")','math.ceil("a")','math.sqrt("a")','math.ldexp(1.0,1.5)','math.gcd(1.5)','math.fsum([float("inf"),-float("inf")])','math.fsum([1e308,1e308])','math.isclose(1,2,rel_tol=-1)','math.prod([1,2],3)','math.nextafter(1)','math.log(-1, 2)','math.pow(0,-1)','math.factorial(10**30)','math.comb(10**30, 10**20)','math.hypot("a")','math.dist(1,2)','math.perm(5)','math.gamma(0)','math.lgamma(-1)','math.exp(1000)','math.log(10**400)','math.floor(1e400)','math.floor(float("nan"))', 'math.isclose(1.0, 1.0000000001)', 'math.isclose(1.0, 1.1, abs_tol=0.2)', 'math.ldexp(1.0, 10**100)', 'math.ldexp(1.0, -10**100)', 'math.ldexp(1.5, 3)', 'math.fsum(iter([1e16, 1.0, 1e-16]))', 'math.ulp(1e308*10)', 'math.fsum([float("nan"), 1])']:
  try: print(e, repr(eval(e)))
  except Exception as x: print(e, type(x).__name__, x)
xs = [i * 0.37 for i in range(-60, 80)] + [0.5, 1.5, 2.5, 1e-10, -1e-10, 1e-25, 150.3, 171.5, 171.7, -150.3, -170.5, -190.5, -250.5, 24.0, 30.0, 100.0, 1e-308, 5e-324, 3.000000001, 0.9999999, 1e15, 1e300, -1e15 - 0.5]
for f in (math.gamma, math.lgamma):
    out = []
    for x in xs:
        try:
            out.append(repr(f(x)))
        except Exception as e:
            out.append(type(e).__name__ + ':' + str(e))
    print(f.__name__, out)
vals = [2**80 + 2**27 + 1, 2**80 + 2**27, 2**80 + 2**28 + 2**27, 3**200, 7**500, 10**308 + 1, (2**1024 - 2**970), 2**1024 - 2**970 - 1, 2**1100 + 2**1047 + 1, 2**1100 + 2**1047, 3**1000, 10**1000 + 12345]
for v in vals:
    try: f = float(v)
    except OverflowError: f = 'OVF'
    print(f, math.log(v), math.log2(v), math.log10(v), math.log(v, 3))
