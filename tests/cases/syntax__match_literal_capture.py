# match: literal, capture, wildcard, value patterns and guards.
import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
class Consts:
    ANSWER = 42
def classify(v):
    match v:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case "hello":
            return "greeting"
        case b"raw":
            return "bytes"
        case None:
            return "none"
        case True:
            return "true"
        case -1:
            return "minus one"
        case 1.5:
            return "float"
        case 2+3j:
            return "complex"
        case Consts.ANSWER:
            return "the answer"
        case Color.RED:
            return "red"
        case int(n) if n > 100:
            return f"big {n}"
        case str() as s if len(s) > 3:
            return f"long str {s}"
        case other:
            return f"other {other!r}"
for v in [0, 2, "hello", b"raw", None, True, False, -1, 1.5, 2+3j, 42,
          Color.RED, Color.GREEN, 1000, "abcdef", "ab", 7.25, 1.0]:
    print(repr(v), "->", classify(v))
def wild(x):
    match x:
        case _:
            return "anything"
print(wild(object) == "anything")
def bind_after(x):
    match x:
        case y:
            pass
    return y
print(bind_after(99))
n = 5
match n:
    case 5 if n % 2 == 0:
        print("even five?")
    case 5 if n % 2:
        print("odd five")
match 3:
    case 1:
        print("no")
print("no case matched is fine")
match = 10
case = 20
print(match + case)
