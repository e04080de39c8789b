# printf-style % on str: every conversion, flags, * width/precision, mapping keys and error messages.
def t(f, a):
    try:
        r = f % a
    except Exception as e:
        r = type(e).__name__ + ": " + str(e)
    print(repr(f), repr(r))

for v in [0, 1.5, -2.25, 1e20, 1e-7, 123456789.123, float("inf"), float("nan"), -0.0, 2 ** 70]:
    t("%f|%.2f|%e|%.3E|%g|%G|%#g|%#.3g|%10.3f|%-10.2e|%+g|% .1f|%010.2f|%.0e|%#.0f", (v,) * 15)
    t("%d|%i|%u|%r|%s|%a", (v,) * 6)
for f, a in [("%5%", (1,)), ("%5%", ()), ("%-5d|", 3), ("%+05d", -3), ("%#o", 0), ("%#x", 0), ("%x", -255),
             ("%.5d", -3), ("%05.3d", 3), ("%c", "é"), ("%5c|", 65), ("%-3c|", "x"), ("%s", None), ("%d", 2 ** 70),
             ("%x %X %o", (2 ** 70,) * 3), ("%d", "1"), ("%.2s", "é€x"), ("%(x)d %(y)s", {"x": 1, "y": 2}),
             ("%(x)*d", {"x": 1}), ("%ld %hd %Lf", (1, 2, 3.0)), ("%i", 3.99), ("%u", -1.5), ("%o", 1.5),
             ("%*.*f", (8, 2, 3.14159)), ("%-*s|", (-5, "a")), ("abc", ()), ("abc", 5), ("abc", []), ("abc", {}),
             ("%s", ([1],)), ("%r", ("é",)), ("%a", ("\U0001f600",)), ("%s %", (1,)), ("%.f", 2.5), ("%#.f", 2.5),
             ("%3$s", 1), ("%\n", 1), ("%é", 1), ("%(a)s %s", {"a": 1}), ("%(a", {"a": 1}), ("%(a)s", (1,)),
             ("%c", 0x110000), ("%c", "ab"), ("%c", 1.5), ("%x", 1.5), ("%f", "x"), ("%*d", ("a", 1)), ("%", ())]:
    t(f, a)
class I:
    def __index__(self):
        return 7
class N:
    def __int__(self):
        return 9
class Fl:
    def __float__(self):
        return 2.5
t("%d %x %c %o", (I(), I(), I(), I()))
t("%d|%f", (N(), Fl()))
t("%x", N())
t("%d", Fl())
