# collections.namedtuple: fields, defaults, _make, _replace, _asdict, subclassing, errors.
from collections import namedtuple
P = namedtuple("P", ["x", "y"])
p = P(1, 2)
print(p, repr(p), p.x + p.y, p[0], tuple(p), list(p), len(p), p == (1, 2), hash(p) == hash((1, 2)))
print(P._make([3, 4]), p._replace(y=9), p._asdict(), P._fields, P.__name__)
x, y = p
print(x, y, P(y=5, x=6))
D = namedtuple("D", "a b c", defaults=[0, 1])
print(D(9), D(9, 8), D._field_defaults)
R = namedtuple("R", "def class ok", rename=True)
print(R._fields)
for bad in [lambda: namedtuple("Bad", "a a"), lambda: namedtuple("Bad", "1x"), lambda: namedtuple("Bad", "_x"),
            lambda: P(1), lambda: P(1, 2, 3), lambda: P(1, z=2)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
class Point3(namedtuple("Point3", "x y z")):
    __slots__ = ()
    @property
    def norm(self):
        return (self.x ** 2 + self.y ** 2 + self.z ** 2) ** 0.5
    def __str__(self):
        return f"<{self.x},{self.y},{self.z}>"
q = Point3(1, 2, 2)
print(q.norm, str(q), repr(q), q._replace(x=0))
try:
    p.x = 10
except AttributeError as e:
    print("AttributeError", e)
print(sorted([P(2, 1), P(1, 5), P(1, 2)]), max(P(0, 9), P(1, 0)))
import typing
class Emp(typing.NamedTuple):
    name: str
    dept: str = "eng"
print(Emp("ann"), Emp("bob", "ops")._asdict(), Emp._fields, Emp.__annotations__)
