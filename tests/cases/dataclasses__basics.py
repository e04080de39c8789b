from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, make_dataclass, InitVar, KW_ONLY, FrozenInstanceError
from typing import ClassVar, List
@dataclass
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list, repr=False)
p = Point(1, 2)
print(p, p == Point(1, 2), p != Point(2, 2), Point.__doc__)
print([f.name for f in fields(p)], asdict(p), astuple(p), replace(p, y=5))
try: Point()
except TypeError as e: print(e)
@dataclass(order=True, frozen=True)
class V:
    a: int
    b: str = 'x'
print(V(1) < V(2), V(1, 'a') <= V(1, 'b'), hash(V(1)) == hash((1, 'x')), sorted([V(3), V(1)]))
try: V(1).a = 3
except FrozenInstanceError as e: print(type(e).__name__, e)
try: del V(1).a
except FrozenInstanceError as e: print(e)
try:
    @dataclass
    class Bad:
        x: int = 0
        y: int
except TypeError as e: print(e)
try:
    @dataclass
    class Bad2:
        x: list = []
except ValueError as e: print(e)
@dataclass
class C:
    x: int
    scale: InitVar[int] = 2
    total: int = field(init=False)
    cv: ClassVar[int] = 9
    def __post_init__(self, scale):
        self.total = self.x * scale
c = C(4, 3)
print(c, c.total, C.cv, [f.name for f in fields(C)], C.__match_args__)
@dataclass
class K:
    a: int
    _: KW_ONLY
    b: int = 1
    c: int = 2
print(K(1, b=5), K.__doc__)
try: K(1, 2)
except TypeError as e: print(e)
