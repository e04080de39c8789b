# Float formatting: f/e/g/%/n presentation, precision, alignment, signs.
vals = [0.0, -0.0, 1.0, 3.14159, -2.5, 1234567.891, 1e-7, 1e16, 123.0, float("inf"), float("nan")]
specs = ["", "f", ".2f", ".0f", "e", ".3e", "g", ".3g", "%", ".1%", "10.2f", "<10", "^10.1f",
         "+", " ", "+.2e", "010.3f", ",.2f", "_.1f", "#.0f", "#g", "E", "G", "F", "-^12.4g", "n"]
for spec in specs:
    print(f"{spec!r:9}", " | ".join(format(v, spec) for v in vals))
print("%f %e %g %.3f %10.2e %-8.1f| %+g %G %E" % (1.5, 1.5, 1.5, 2 / 3, 12345.678, 2.25, 0.5, 1e-10, 1e10))
print("%.0f %.0f %.0f %.0f" % (0.5, 1.5, 2.5, -0.5))
print("{:.2f} {:>8.3f} {:*<8.1f} {:=+8.2f}".format(1.005, 2.0, 3.14159, -1.5))
print(f"{1e100:.5g} {1e-100:g} {123456789.0:g} {0.0001:g} {0.00001:g}")
print(f"{2.5:.0e} {3.5:.0e} {1.25:.1f} {1.35:.1f}")
print(str(1e16), str(1e-5), f"{1e16:}", f"{12345678901234567.0:}")
try:
    format(1.5, "d")
except ValueError as e:
    print("ValueError", e)
try:
    format(1.5, "x")
except ValueError as e:
    print("ValueError", e)
try:
    format(1.5, ",_f")
except ValueError as e:
    print("ValueError", e)
print(format(1.0, ".30f"), format(0.1, ".20g"), format(1/3, ".17g"))
