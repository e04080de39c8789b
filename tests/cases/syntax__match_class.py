# match: class patterns with __match_args__, keywords, builtins.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
class P3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case P3(x, y, z=0):
            return f"flat 3d {x},{y}"
        case Point(0, y):
            return f"on y axis at {y}"
        case Point(x=0):
            return "never reached"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point(y=yy, x=xx):
            return f"point {xx},{yy}"
    return "not a point"
for p in [Point(0, 0), Point(0, 5), Point(3, 3), Point(1, 2), P3(1, 2, 0), P3(1, 2, 3), "x"]:
    print(where(p))
def builtin(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(i):
            return f"int {i}"
        case float(f):
            return f"float {f}"
        case str(s):
            return f"str {s}"
        case list([a, *_]):
            return f"list starting {a}"
        case dict({"k": k}):
            return f"dict k={k}"
        case tuple():
            return "tuple"
    return "other"
for v in [True, 3, 2.5, "s", [9, 8], {"k": 1}, (), None]:
    print(builtin(v))
class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print("TypeError", e)
class Bad:
    __match_args__ = ("a", "a")
    a = 1
try:
    match Bad():
        case Bad(x, y):
            pass
except TypeError as e:
    print("TypeError", e)
try:
    match 1:
        case int(1, 2):
            pass
except TypeError as e:
    print("TypeError", e)
