# Lambdas: defaults, closures, immediate calls, in data structures, recursion via names.
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
print([ops[o](6, 3) for o in "+-*"])
make = lambda n: lambda x: x ** n
sq, cube = make(2), make(3)
print(sq(5), cube(2), make(0)(99))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10))
print((lambda *a, **k: (a, sorted(k)))(1, 2, z=1, a=2))
print((lambda a, /, b, *, c: (a, b, c))(1, b=2, c=3))
print(list(map(lambda p: p[1], sorted({"b": 2, "a": 1}.items()))))
adders = [lambda x, n=n: x + n for n in range(3)]
print([f(10) for f in adders])
late = [lambda x: x + n for n in range(3)]
print([f(10) for f in late])
print((lambda: (yield))().__class__.__name__)
compose = lambda f, g: lambda x: f(g(x))
print(compose(str.upper, str.strip)("  hi  "))
print(sorted(["a10", "a9", "b1"], key=lambda s: (s[0], int(s[1:]))))
counter = (lambda: [0])()
inc = lambda: counter.__setitem__(0, counter[0] + 1) or counter[0]
print(inc(), inc(), inc())
print((lambda x=[]: x.append(1) or x)(), (lambda x=[]: x.append(1) or x)())
f = lambda x: x
print(f.__name__, f.__code__.co_argcount, f.__defaults__, (lambda a=1, b=2: 0).__defaults__)
print((lambda: __name__)(), (lambda: lambda: "nested")()())
y = 10
g = lambda: y
y = 20
print(g())
print(list(filter(lambda s: s and s[0].isupper(), ["Ab", "", "cd", "Ef"])))
print((lambda a, b=2, *c, d, e=5, **f: (a, b, c, d, e, f))(1, d=4))
