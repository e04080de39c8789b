import cmath, math
vals = [0j, -0j, complex(-0.0, 0.0), complex(0.0, -0.0), 1+0j, -1+0j, 1j, -1j, 2+3j, -2.5+0.5j, 0.5-0.75j, -3-4j, 1e-310+1e-310j, 1e300+1e300j,
        1e-20+1j, 1+1e-20j, 0.7+0.7j, 5, -7.5, 1e308+0j, -1e308-1e308j, 0.1+10j, 700+1j, -720+2j, 1+720j]
fns = ['sqrt', 'exp', 'log', 'log10', 'acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cos', 'cosh', 'sin', 'sinh', 'tan', 'tanh', 'phase', 'polar', 'isfinite', 'isinf', 'isnan']
for f in fns:
    out = []
    for v in vals:
        try:
            out.append(repr(getattr(cmath, f)(v)))
        except Exception as e:
            out.append(type(e).__name__ + ':' + str(e))
    print(f, out)
print(cmath.log(8, 2), cmath.log(1j, 1+1j), cmath.log(-1, 10))
for e in ['cmath.log(1, 1)', 'cmath.log(0)', 'cmath.sqrt("a")', 'cmath.rect(2, 0.5)', 'cmath.rect(1, 0)', 'cmath.rect(-1, -0.0)', 'cmath.isclose(1+1j, 1+1.0000000001j)', 'cmath.isclose(1j, 2j, abs_tol=1.5)', 'cmath.isclose(1, 2, rel_tol=-1)', 'cmath.exp(1000)', 'cmath.cosh(1000)', 'cmath.atanh(1)', 'cmath.polar(1e308+1e308j)', 'cmath.sqrt()', 'cmath.rect(1)']:
    try:
        print(e, repr(eval(e)))
    except Exception as x:
        print(e, type(x).__name__, x)
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)
class Z:
    def __complex__(self): return 3+4j
print(cmath.sqrt(Z()), cmath.phase(Z()), cmath.polar(Z()))
inf = float('inf'); nan = float('nan')
sp = [complex(a, b) for a in (-inf, -2.0, -0.0, 0.0, 2.0, inf, nan) for b in (-inf, -2.0, -0.0, 0.0, 2.0, inf, nan)]
for f in ['sqrt', 'exp', 'log', 'log10', 'acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cos', 'cosh', 'sin', 'sinh', 'tan', 'tanh', 'phase', 'polar']:
    for v in sp:
        try:
            r = repr(getattr(cmath, f)(v))
        except Exception as e:
            r = type(e).__name__ + ':' + str(e)
        print(f, v, r)
for a in (-inf, -2.0, -0.0, 0.0, 2.0, inf, nan):
    for b in (-inf, -2.0, -0.0, 0.0, 2.0, inf, nan):
        try:
            r = repr(cmath.rect(a, b))
        except Exception as e:
            r = type(e).__name__ + ':' + str(e)
        print('rect', a, b, r)
