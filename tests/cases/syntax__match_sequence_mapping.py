# match: sequence patterns (fixed, starred, nested) and mapping patterns.
def seq(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return f"one {a}"
        case [a, b]:
            return f"two {a} {b}"
        case [0, *rest]:
            return f"starts with 0, rest {rest}"
        case [first, *_, last]:
            return f"first {first} last {last}"
    return "no match"
for v in [[], [1], (1, 2), [0, 5, 6], [1, 2, 3, 4], "ab", range(3), iter([1])]:
    print(repr(v)[:20], "->", seq(v))
def nested(x):
    match x:
        case [(a, b), [c, *d]]:
            return (a, b, c, d)
        case [[x1, y1], _] if x1 == y1:
            return "diag"
        case _:
            return "none"
print(nested([(1, 2), [3, 4, 5]]))
print(nested([[7, 7], 0]))
print(nested([[7, 8], 0]))
def mapping(m):
    match m:
        case {"type": "point", "x": x, "y": y}:
            return f"point {x},{y}"
        case {"type": "circle", "r": r, **extra}:
            return f"circle r={r} extra={sorted(extra.items())}"
        case {"type": t}:
            return f"unknown type {t}"
        case {}:
            return "a mapping"
        case _:
            return "not a mapping"
print(mapping({"type": "point", "x": 1, "y": 2, "z": 3}))
print(mapping({"type": "circle", "r": 5, "color": "red", "a": 1}))
print(mapping({"type": "square"}))
print(mapping({"other": 1}))
print(mapping([1, 2]))
from collections import OrderedDict
print(mapping(OrderedDict(type="point", x=0, y=0)))
def keys(m):
    match m:
        case {1: one, "two": tup}:
            return one, tup
    return None
print(keys({1: "a", "two": "b"}))
print(keys({1: "a"}))
def as_pat(x):
    match x:
        case [1, (2 | 3) as second] as whole:
            return second, whole
        case (int() | float()) as num:
            return "num", num
    return "-"
print(as_pat([1, 3]), as_pat(2.5), as_pat("s"))
