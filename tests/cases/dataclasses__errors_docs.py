from dataclasses import *
from typing import List, Optional, ClassVar, Dict
import dataclasses
@dataclass
class Inv:
    name: str
    tags: List[str] = field(default_factory=list)
    opt: Optional[int] = None
    d: dict[str, int] = field(default_factory=dict)
    s: 'str' = 'x'
    iv: InitVar[int] = 0
    cv: ClassVar[int] = 3
    def __post_init__(self, iv): pass
print(Inv.__doc__)
@dataclass
class Outer:
    @dataclass
    class In:
        a: Inv = None
    x: In = None
print(Outer.__doc__, Outer.In.__doc__, Outer(Outer.In()), Outer.In.__qualname__, Outer.__init__.__qualname__, Outer.__repr__.__qualname__)
@dataclass(frozen=True)
class FB:
    a: int = 0
try:
    @dataclass
    class NF(FB):
        b: int = 1
except TypeError as e: print(e)
@dataclass
class NB:
    a: int = 0
try:
    @dataclass(frozen=True)
    class FZ(NB):
        b: int = 1
except TypeError as e: print(e)
try:
    @dataclass
    class CVF:
        x: ClassVar[list] = field(default_factory=list)
except TypeError as e: print(e)
try:
    @dataclass(unsafe_hash=True)
    class HH:
        a: int
        def __hash__(self): return 1
except TypeError as e: print(e)
@dataclass(order=True)
class O1:
    a: int
@dataclass(order=True)
class O2:
    a: int
try: O1(1) < O2(2)
except TypeError as e: print(e)
print(O1(1) == O2(1), O1(1) == O1(1), O1(1) != O1(2))
try:
    @dataclass(order=True)
    class OO:
        a: int
        def __lt__(self, o): return True
except TypeError as e: print(e)
try:
    @dataclass
    class NA:
        a = field()
except TypeError as e: print(e)
