# Every format-spec error message for int, float, complex and str.
tests = [("ab", "+"), ("ab", "#"), ("ab", "="), ("ab", ","), ("ab", "_"), ("ab", "z"), ("ab", "d"), ("ab", "."),
         ("ab", "05"), ("ab", ".1s"), ("ab", "xx"), (1, "z"), (1, ".2"), (1, "+c"), (1, "#c"), (1, ",c"), (1, "_n"),
         (1, ",x"), (1, "_x"), (1, ",_"), (1, "_,"), (1, ",,"), (1, "xx"), (1, "q"), (1, "s"), (1.5, "q"),
         (1.5, ",x"), (1.5, "d"), (1.5, "c"), (1j, "%"), (1j, "c"), (1j, "d"), (1, "99999999999999999999"),
         (1, ".99999999999999999999"), (1, "\x01"), (1, ",\x01"), (1.0, "é"), (2 ** 100, "c"), (-1, "c"),
         (0x110000, "c"), (1.5, ".f"), ("x", "<<<"), (None, "x"), (object(), "s"), ([], ""), (1, "=^5")]
for v, s in tests:
    try:
        r = repr(format(v, s))
    except Exception as e:
        r = type(e).__name__ + ": " + str(e)
    print(type(v).__name__, repr(s), r)
for bad in [1, b"x"]:
    try:
        format(1, bad)
    except TypeError as e:
        print("TypeError", e)
class F:
    def __format__(self, spec):
        return 42
try:
    format(F(), "")
except TypeError as e:
    print("TypeError", e)
try:
    "{}".format(F())
except TypeError as e:
    print("TypeError", e)
