# format() with the default spec and simple specs across builtin types; __format__ inheritance.
objs = [1, -1.5, 2 + 3j, "s", b"b", [1], (1,), {"k": 1}, {1}, None, True, range(2), 10 ** 20, float("nan")]
for o in objs:
    try:
        r = format(o, "")
    except TypeError as e:
        r = f"TypeError {e}"
    try:
        w = format(o, ">12")
    except TypeError as e:
        w = f"TypeError {e}"
    print(type(o).__name__, repr(r), repr(w))
class Money(float):
    def __format__(self, spec):
        if spec.endswith("m"):
            return f"${super().__format__(spec[:-1] or '.2f')}"
        return super().__format__(spec)
m = Money(1234.5)
print(f"{m:m}", f"{m:,.1fm}", f"{m:.0f}", f"{m}", format(m))
class Plain:
    pass
try:
    format(Plain(), "x")
except TypeError as e:
    print("TypeError", e)
print(format(Plain(), "") == str(Plain()) or "default format uses str")
import datetime, decimal
print(format(datetime.date(2020, 5, 17), "%d.%m.%Y"), format(decimal.Decimal("1.2345"), ".2f"), format(decimal.Decimal("-0.5"), "+.0f"))
print("{:>6}|{!s:<6}|{:^6}".format(True, None, 1.0), "{!r:>8}".format("x"))
