# int() parsing in every base, prefixes, underscores, whitespace, errors.
for s, b in [("ff", 16), ("0xff", 16), ("0xff", 0), ("0o17", 0), ("0b101", 0), ("z", 36),
             ("Z", 36), ("  42  ", 10), ("-17", 10), ("+5", 10), ("1_000", 10), ("0_0", 0),
             ("777", 8), ("11", 2), ("0B11", 2), ("10", 3), ("\t-0x1F\n", 16), ("٣", 10)]:
    print(repr(s), b, int(s, b))
for bad, b in [("", 10), ("1.5", 10), ("0x", 16), ("12", 2), ("_1", 10), ("1__0", 10),
               ("1_", 10), ("09", 0), ("abc", 10), ("0b2", 0), (" ", 10), ("++1", 10)]:
    try:
        int(bad, b)
    except ValueError as e:
        print("ValueError", e)
for b in [1, 37, -1]:
    try:
        int("1", b)
    except ValueError as e:
        print("ValueError", e)
try:
    int(1, 10)
except TypeError as e:
    print("TypeError", e)
print(int(), int(3.99), int(-3.99), int(True), int("0"), int(b"12"), int(bytearray(b"-3")))
print(int("1" * 50), int("-" + "9" * 40, 16))
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError", e)
try:
    int(None)
except TypeError as e:
    print("TypeError", e)
try:
    int([1])
except TypeError as e:
    print("TypeError", e)
print(int("0" * 10), int("00"), int("-0"))
print(int(1e20), int(2.5e-3), int(-1e15))
print(int("10", base=8))
try:
    int(base=16, x="10")
except TypeError as e:
    print("TypeError", e)
