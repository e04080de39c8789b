# complex formatting and repr edge cases.
vals = [0j, 1j, -1j, 1 + 1j, -1.5 - 2.5j, 1e20 + 1e-20j, complex(float("inf"), float("nan")),
        complex(0, float("-inf")), 123456789 + 0.1j, complex(-0.0, 1), complex(1, -0.0), 1 / 3 + 2 / 3j]
for v in vals:
    print(repr(v), str(v), format(v, ""), format(v, ".3g"), format(v, "+.1f"), format(v, "^24"))
print("%s %r" % (1j, 2 + 3j))
try:
    "%d" % 1j
except TypeError as e:
    print("TypeError", e)
try:
    format(1j, "=10")
except ValueError as e:
    print("ValueError", e)
try:
    format(1j, "010")
except ValueError as e:
    print("ValueError", e)
print(f"{1+2j:10.2f}|{1+2j:<20}|{1-2j:*>16.3e}")
print(complex(1, 2).real.hex(), (3+4j) == complex("3+4j"), complex("-1.5e-3-2.5e+2j"))
print(complex("infj"), complex("-nanj").imag != complex("-nanj").imag, complex("1_0+2_0j"))
