# match statements: every pattern kind.
from dataclasses import dataclass
@dataclass
class Point:
    x: int
    y: int
def m(v):
    match v:
        case 0 | 1:
            return "small int"
        case True:
            return "never (1 matched)"
        case None:
            return "none"
        case "s" | b"b":
            return "str or bytes"
        case -1.5:
            return "neg float"
        case 1 + 2j:
            return "complex"
        case []:
            return "empty seq"
        case [x]:
            return f"one {x}"
        case [1, 2, *rest] if len(rest) > 1:
            return f"1,2 then {rest}"
        case [_, *_, last]:
            return f"last {last}"
        case {"type": "circle", "r": r}:
            return f"circle {r}"
        case {"k": 1, **others}:
            return f"mapping rest {others}"
        case Point(x=0, y=0):
            return "origin"
        case Point(x, y) if x == y:
            return f"diag {x}"
        case Point(x=px) as pt:
            return f"point {px} {pt.y}"
        case int(n) | float(n) if n > 100:
            return f"big {n}"
        case str() as s:
            return f"other str {s}"
        case {}:
            return "any mapping"
        case _:
            return "default"
Point.__match_args__ = ("x", "y")
for v in [0, 1, True, None, "s", b"b", -1.5, 1+2j, [], [7], [1, 2, 3, 4], [1, 2, 3], (5, 6, 7),
          {"type": "circle", "r": 2}, {"k": 1, "z": 2}, Point(0, 0), Point(3, 3), Point(1, 2),
          150, 150.5, 5, "hello", {"a": 1}, object]:
    print(repr(v) if not isinstance(v, type) else "type", "->", m(v))
match (1, [2, 3]):
    case (a, [b, c]):
        print(a, b, c)
match {"x": {"y": [1, {"z": "deep"}]}}:
    case {"x": {"y": [_, {"z": found}]}}:
        print(found)
def nomatch(v):
    match v:
        case 1:
            return "one"
    return "fell through"
print(nomatch(2))
import collections.abc
class Seq(collections.abc.Sequence):
    # Iterating never ends: `[x, *_, y]` must index, not unpack.
    def __getitem__(self, i):
        return i
    def __len__(self):
        return 42
match Seq():
    case [x, *_, y]:
        print("seq", x, y)
match [1, 2, 3]:
    case [_, *_]:
        print("only wildcards")
match (1, 2, 3, 4):
    case [a, *_, b, c]:
        print(a, b, c)
