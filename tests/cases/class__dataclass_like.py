# dataclasses: fields, defaults, ordering, frozen, repr, eq, post_init, asdict.
from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError
@dataclass
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)
p = Point(1)
print(p, p == Point(1), p == Point(1, 1), asdict(p), astuple(p), replace(p, y=5))
print([f.name for f in fields(Point)], Point.__annotations__)
@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
vs = sorted([Version(1, 2), Version(0, 9), Version(1, 0)])
print(vs, Version(1) < Version(1, 1), hash(Version(1)) == hash(Version(1)))
try:
    vs[0].major = 5
except FrozenInstanceError as e:
    print("FrozenInstanceError", e)
@dataclass
class WithPost:
    a: int
    b: int = field(init=False)
    def __post_init__(self):
        self.b = self.a * 2
print(WithPost(4))
try:
    @dataclass
    class Bad:
        a: int = 0
        b: int
except TypeError as e:
    print("TypeError", e)
try:
    @dataclass
    class Mutable:
        a: list = []
except ValueError as e:
    print("ValueError", e)
@dataclass
class Child(Point):
    z: int = 9
print(Child(1, 2), Child(1, z=3))
@dataclass(repr=False, eq=False)
class Plain:
    v: int
print(Plain(1) == Plain(1), "object at" in repr(Plain(1)))
@dataclass
class KW:
    a: int
    _: KW_ONLY if False else int = 0
print(KW(1, 2))
@dataclass(slots=True)
class Slotted:
    a: int
print(Slotted(1), hasattr(Slotted(1), "__dict__"), Slotted.__slots__)
