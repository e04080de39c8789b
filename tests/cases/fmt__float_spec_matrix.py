# format(float, spec) over many values and specs: correctly rounded, repr-style default, g rules.
vals = [0.0, -0.0, 1.0, -1.5, 0.1, 1 / 3, 2 / 3, 123456.789, 1e16, 1.5e-5, 1e-4, 9.9999e-5, 0.5, 2.5, 1e300, 5e-324,
        99999.5, 0.000123456, 1234567.0, float("inf"), float("-inf"), float("nan"), 100.0, 1e22, 0.125, 0.375, 1.005]
specs = ["", "e", "E", "f", "F", "g", "G", "%", "n", ".0e", ".0f", ".0g", ".0%", ".0", ".1", ".2", ".3", ".10",
         ".17", ".3e", ".3f", ".3g", ".20f", "#g", "#.0f", "#.3g", "#", "#.0e", "+", " ", "010.2f", "<10", ">10",
         "^10", "=+12.3f", "*^12.3g", ",", ",.2f", "_.3f", "015,.2f", "z.1f", "z", ".25g", "#.10g", "012", "-^+15,.4e"]
for v in vals:
    out = []
    for s in specs:
        try:
            out.append(format(v, s))
        except Exception as e:
            out.append(type(e).__name__ + ":" + str(e))
    print(repr(v), out)
print(f"{3.14159:{'.'}{3}}", f"{2.5:.0f} {3.5:.0f} {0.5:.0f} {1.5:.0f}", f"{1e-10:g} {123456789.0:g}")
print("%.2f %.3e %g %G %#g" % (2.675, 1234.5678, 0.00001234, 1e-20, 3.0))
