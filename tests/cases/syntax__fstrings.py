# f-strings: conversions, format specs, nested fields, expressions.
name, value, pi = "pyrite", 42, 3.14159265
print(f"{name} {value}")
print(f"{name!r} {name!s} {name!a} {'é'!a}")
print(f"{value:5d}|{value:<5}|{value:^7}|{value:>5}|{value:05}")
print(f"{pi:.2f} {pi:10.3f} {pi:e} {pi:g} {pi:%}")
width, prec = 12, 4
print(f"[{pi:{width}.{prec}f}]")
print(f"[{name:>{width}}] [{name:*^{width}}]")
print(f"{value:x} {value:X} {value:o} {value:b} {value:#x} {value:#b}")
print(f"{1234567:,} {1234567:_} {1234567.891:,.2f}")
print(f"{{literal braces}} {{{value}}}")
print(f"{value + 1} {value * 2 if value else 0} {[1, 2][0]}")
d = {"key": "val"}
print(f"{d['key']} {d!r}")
print(f"{'nested ' + f'{value}'}")
print(f"{value=} {pi=:.1f} {name = }")
print(f"{3 + 4=}")
print(f"{'a' 'b'}")
print(f"{(lambda x: x * 2)(5)}")
class P:
    def __format__(self, spec):
        return f"P<{spec}>"
    def __str__(self):
        return "P-str"
    def __repr__(self):
        return "P-repr"
print(f"{P()} {P():abc} {P()!s} {P()!r}")
print(f"""multi
line {value}""")
print(F"upper prefix {value}", rf"raw \n {value}", fr"{name}\t")
print(f"{-5:+} {5:+} {5: } {-0.0:+}")
print(f"{'x':>3}{'y':<3}|")
import datetime
dt = datetime.date(2024, 3, 9)
print(f"{dt:%Y/%m/%d} {dt}")
print(f"{3.0:.0f} {2.5:.0f} {0.5:.0f} {1e20:.3g}")
print(f"{value!r:>6}")
try:
    f"{value:q}"
except ValueError as e:
    print("ValueError", e)
items = ["a", "b"]
print(f"{len(items)} items: {', '.join(items)}")
print(f"{True} {None} {...}")
