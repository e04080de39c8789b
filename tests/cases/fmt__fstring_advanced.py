# f-string edge cases: nesting, quotes, dict access, method calls, debugging =.
x, y = 10, 3
data = {"a": [1, 2, 3], "b": {"c": "deep"}}
print(f"{x}/{y}={x / y:.3f} {x // y} {x % y}")
print(f"{data['a'][1]} {data['b']['c']!r} {len(data)}")
print(f"{'yes' if x > y else 'no'} {[i * 2 for i in range(3)]} {dict(k=1)}")
print(f"{x!r:>5}|{x!s:<5}|{'s'!a}|")
print(f"{x=}, {y = }, {x + y = }, {data['a'][0]=}, {x=!s:>4}, {3.0=:.2f}")
print(f"{'{'}{'}'} {{{{x}}}} {{{x}}}")
w, p = 10, 3
print(f"{3.14159:{w}.{p}}|{'c':{'*'}^{w}}|{x:{'>' if x else '<'}{w}}")
print(f"{f'{x:>{w}}':*<15}")
print(f'{"double inside single"}', f"{'single inside double'}", f'''{"""triple"""}''')
print(f"{x:#x} {x:#o} {x:#b} {x:08.3f} {x:,} {1e6:,.1f}")
s = "txt"
print(f"{s.upper()} {s[::-1]} {s * 2} {s!r:^9}")
print(f"{(lambda v: v ** 2)(4)} {(x, y)} {x, y}")
print(f"{x:{w}}" + f"{y:<{w}}|")
class A:
    def __format__(self, spec): return f"A({spec!r})"
print(f"{A()} {A():} {A():xyz} {A():>20}")
items = ["a", "b"]
print(f"{', '.join(items)} {len(items):03} {items!r}")
print(f"{x}" f"{y}" "plain" f"{x + y}")
import math
print(f"{math.pi:.{p}f} {math.pi:.{p+2}e} {-math.inf} {math.nan}")
print(f"{'%'} {'%d' % 5} {'a' 'b'}")
print(f"{1_000_000:_} {0.000123:.2e} {123456789:e} {-0.0:.1f} {-0.0:+.1f}")
