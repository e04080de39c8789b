# match: nested patterns, or-patterns binding same names, guards with side effects, dataclasses.
from dataclasses import dataclass
@dataclass
class Add:
    left: object
    right: object
@dataclass
class Mul:
    left: object
    right: object
@dataclass
class Neg:
    operand: object
def ev(e):
    match e:
        case int() | float() as n:
            return n
        case Add(l, r):
            return ev(l) + ev(r)
        case Mul(Add() as inner, 0) | Mul(0, Add() as inner):
            return 0
        case Mul(l, r):
            return ev(l) * ev(r)
        case Neg(Neg(x)):
            return ev(x)
        case Neg(x):
            return -ev(x)
        case _:
            raise ValueError(f"bad expr {e!r}")
print(ev(Add(1, Mul(2, 3))), ev(Neg(Neg(5))), ev(Mul(Add(1, 2), 0)), ev(Neg(Add(1.5, 1))))
try:
    ev("x")
except ValueError as e:
    print("ValueError", e)
def cmd(line):
    match line.split():
        case ["go", ("north" | "south" | "east" | "west") as d]:
            return f"going {d}"
        case ["go", *_]:
            return "unknown direction"
        case ["take", item, *rest] if not rest:
            return f"taking {item}"
        case ["take", *items]:
            return f"taking {len(items)} items"
        case ["quit" | "exit"]:
            return "bye"
        case []:
            return "empty"
        case [verb, *_]:
            return f"unknown verb {verb}"
for l in ["go north", "go up", "take lamp", "take a b c", "quit", "exit", "", "dance wildly"]:
    print(repr(l), "->", cmd(l))
def point(p):
    match p:
        case (0, 0) | [0, 0]:
            return "origin"
        case (x, 0) | (0, x):
            return f"on axis at {x}"
        case {"x": x, "y": y} | (x, y):
            return f"at {x},{y}"
print(point((0, 0)), point([0, 0]), point((3, 0)), point((0, 4)), point({"x": 1, "y": 2}), point((5, 6)))
checks = []
def guard(v):
    checks.append(v)
    return v > 1
match [1, 2, 3]:
    case [a, *_] if guard(a):
        print("first")
    case [_, b, *_] if guard(b):
        print("second, b =", b)
print(checks)
match {"a": 1, "b": 2}:
    case {"a": 1, **rest}:
        print("rest", rest)
match "text":
    case str(s) if s.startswith("t"):
        print("str capture", s)
