# printf-style formatting with mapping keys, star widths, and every flag combination.
vals = [0, 1, -1, 42, -42, 255, 3.5, -2.25, 1e10]
for flag in ["", "-", "+", " ", "0", "#", "-+", "+0", "-#", " 0"]:
    row = []
    for conv in "dxoeEfgG":
        v = 255 if conv in "xo" else (3.14159 if conv in "eEfgG" else -42)
        row.append(("%" + flag + "8" + conv) % v)
    print(repr(flag).ljust(6), "|".join(row))
print("%(a)5s|%(b)-5d|%(c).2f" % {"a": "x", "b": 7, "c": 2.5})
print("%*s|%-*s|%*.*f" % (6, "r", 6, "l", 10, 3, 3.14159))
print("%5.1s|%.0s|%-3c|" % ("abc", "gone", "z"))
print("%3%|%-3%|" % () if False else "%% literal: %d%%" % 50)
print("%s %s" % ([1, 2], {"k": (1,)}), "%r" % "q'uote", "%a" % "ñ")
print("%x %X %o" % (3735928559, 3735928559, 511), "%#o %#x %#X" % (8, 255, 255), "%.3d" % -5)
print("%i %u" % (12.9, -3.1), "%d" % True, "%f" % 1, "%e" % 12345, "%g %g %g" % (1e-5, 123456789, 0.0001))
print("%s|%5s|%-5s|%.1s" % ("x", "ab", "cd", "ef"))
print("%d|%5d|%-5d|%05d|%+d" % (3, 3, 3, 3, 3))
print("%.2e|%10.3E|%-10.1f|%+.0f" % (12345.6789, 0.000123, -1.25, 2.5))
print("%(a)s and %(a)r" % {"a": "twice"}, "%c%c%c" % (80, 121, "!"))
print("%o %#o %x %#x %X %#X" % (64, 64, 3054, 3054, 3054, 3054))
