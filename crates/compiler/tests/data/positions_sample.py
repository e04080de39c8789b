import os
x = os.path.join("a", "b")
y = x[1] + x[2:3] * len(x)
def f(a, b, *args, **kw):
    result = a.b.c(b)[0] ** 2
    obj.attr = a // b
    d[k] += g(0, *args, **kw)
    raise ValueError("bad %s" % a)
class C:
    def m(self):
        return self.x.y(1,
                        2)[3]
z = [f(i) for i in range(3)] + {k: v.w for k, v in q}
print(f"{x!r} {y.z}", sep=lambda: t.u)
for i, (j, k) in enumerate(pairs):
    if i in seen and not j:
        del seen[i], obj.attr
    t = (i, j)
    m = {i: j}
def gen(n):
    total = 0
    for v in range(n):
        total += yield v
    return -total, ~n
from os import sep, path as pth
print(f"{sep!r}-{pth}")
