# complex: construction, repr, arithmetic, attributes, errors.
z = complex(3, 4)
print(z, repr(z), abs(z), z.real, z.imag, z.conjugate())
print(1j, -1j, 0j, complex(), complex(1), complex(0, -0.0), complex(-0.0, 0), 1 + 0j, -(0j))
print(complex("1+2j"), complex("-3.5j"), complex(" (2-1j) "), complex("1e3+1e-3j"), complex("j"))
print(complex(1, 2) + complex(3, -1), (1 + 2j) * (3 - 4j), (1 + 2j) / (3 + 4j), (2j) ** 2)
print((1 + 1j) ** 0.5, 2 ** (1j), (1 + 2j) - 5, 3 * 1j, 1j * 1j)
print(complex(1.5, float("inf")), complex(float("nan"), 1), complex(1e300, 1e-300))
for bad in ["1+", "j2", "1+2", "(1+2j", "1 + 2j", ""]:
    try:
        complex(bad)
    except ValueError as e:
        print("ValueError", repr(bad), e)
try:
    complex("1", 2)
except TypeError as e:
    print("TypeError", e)
for op in ["<", "//", "%"]:
    try:
        eval(f"1j {op} 2j")
    except TypeError as e:
        print("TypeError", e)
try:
    1j / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    int(1j)
except TypeError as e:
    print("TypeError", e)
print(1j == 1j, 1 + 0j == 1, (1 + 0j) != 1.0, hash(1 + 0j) == hash(1), hash(2j))
print(format(1 + 2j, ".2f"), format(1.5 - 2.25j, ""), f"{3j:>10}", f"{(1+1j):e}")
print(str(complex(1, -0.0)), repr(complex(-0.0, -0.0)), complex(2, 3).__abs__())
import cmath
print(cmath.sqrt(-1), cmath.phase(-1), cmath.polar(1j), cmath.exp(0j), cmath.isclose(1j, 1j))
print(abs(3 + 4j), pow(1j, 2), pow(2 + 0j, 2), (1+2j).__class__.__name__)
print(complex(True), complex(1j, 1j), complex(2 ** 100, 0) == 2 ** 100)
print(sum([1j, 2, 0.5]), [1j, 2j][1], {1j: "x"}[1j])
