# complex arithmetic identities and cmath functions with rounding for stable output.
import cmath, math
zs = [1 + 2j, -3 + 0.5j, 2j, 1, complex(0.5, -0.5)]
for z in zs:
    print(z, z * z.conjugate(), abs(z) ** 2, round(cmath.phase(z), 6), tuple(round(v, 6) for v in cmath.polar(z)))
for z in zs:
    r = cmath.sqrt(z)
    print(z, complex(round(r.real, 9), round(r.imag, 9)), cmath.isclose(r * r, z))
print(cmath.exp(1j * math.pi).real, round(cmath.exp(1j * math.pi).imag, 12), cmath.log(1j), cmath.log10(100))
print(cmath.rect(2, math.pi / 2).real.__round__(12), cmath.pi, cmath.e, cmath.inf, cmath.infj)
print(cmath.isnan(complex(float("nan"), 0)), cmath.isinf(complex(0, float("inf"))), cmath.isfinite(1 + 1j))
print((1 + 2j) ** 2, (1 + 2j) ** -1, (1j) ** 0, 0j ** 0, (2 + 0j) ** 10)
try:
    0j ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(complex(3, 4) == 3 + 4j, (3 + 4j).__eq__(5), 1j.__ne__(1j), (1 + 0j).__hash__() == hash(1))
print(sum([1j] * 10), [z.real for z in zs], [z.imag for z in zs])
print(round(cmath.sin(1 + 1j).real, 10), round(cmath.cos(1j).real, 10), round(cmath.tan(0.5).real, 10))
for a, b in [(1 + 1j, 1 - 1j), (2j, 0.5), (3, 4j), (-1 - 1j, 2 + 2j)]:
    print(a, b, a + b, a - b, a * b, a / b, a == b, abs(a - b))
print(complex("1+1j") * 1j, (1j).conjugate(), (5 + 0j).real.is_integer())
