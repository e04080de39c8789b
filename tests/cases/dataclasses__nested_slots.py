from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, make_dataclass, InitVar, KW_ONLY, FrozenInstanceError
from typing import ClassVar, List
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, make_dataclass, InitVar, KW_ONLY, FrozenInstanceError
@dataclass
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list, repr=False)
@dataclass
class C:
    x: int
    scale: InitVar[int] = 2
    total: int = field(init=False)
    def __post_init__(self, scale):
        self.total = self.x * scale
c = C(4, 3)
@dataclass
class Nested:
    p: Point
    items: List[Point] = field(default_factory=list)
    d: dict = field(default_factory=dict)
n = Nested(Point(1), [Point(2)], {'k': Point(3)})
print(asdict(n))
print(astuple(n))
print(is_dataclass(n), is_dataclass(Nested), is_dataclass(3))
M = make_dataclass('M', ['a', ('b', int), ('c', int, field(default=4))])
print(M(1, 2), M.__doc__ if False else '', fields(M)[2].default)
@dataclass(unsafe_hash=True)
class H:
    a: int
    b: int = field(hash=False)
print(hash(H(1, 2)) == hash((1,)), H.__hash__ is not None)
@dataclass
class E:
    a: int
print(E.__hash__)
@dataclass(slots=True)
class SL:
    a: int
    b: int = 3
print(SL(1), SL.__slots__, hasattr(SL(1), '__dict__'))
print(repr(fields(Point)[2]).split(",default=")[0], fields(Point)[2].default_factory)
try: asdict(3)
except TypeError as e: print(e)
try: replace(c, total=3)
except ValueError as e: print(e)
@dataclass
class R:
    me: object = None
r = R(); r.me = r
print(r)
@dataclass(eq=False)
class NE:
    a: int
print(NE(1) == NE(1))
try:
    @dataclass(order=True, eq=False)
    class X: a: int
except ValueError as e: print(e)
@dataclass
class Base:
    x: int = 1
@dataclass
class Derived(Base):
    y: int = 2
    x: int = 10
print(Derived(), Derived.__match_args__)
