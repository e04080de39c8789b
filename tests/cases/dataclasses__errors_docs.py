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
M = make_dataclass('M', [('x', int, 5), ('y', int, 6)], bases=(NB,), namespace={'double': lambda self: self.x * 2}, frozen=False)
m = M(a=1, x=2, y=3)
print(m, m.double(), M.__mro__[1].__name__, [f.name for f in fields(M)])
for bad in ([('x', int), ('x', int)], ['class'], ['1x'], [('a', int, 1, 2)]):
    try: make_dataclass('B', bad)
    except TypeError as e: print(e)
@dataclass
class WithSelf:
    self: int
    other: int = 2
print(WithSelf(1), WithSelf(self=5))
@dataclass(match_args=False, repr=False, eq=False)
class Bare:
    a: int
print(hasattr(Bare, '__match_args__'), '__repr__' in Bare.__dict__, '__eq__' in Bare.__dict__, Bare.__hash__ is object.__hash__)
@dataclass(kw_only=True)
class KO:
    a: int
    b: int = field(kw_only=False, default=3)
print(KO(a=1), KO.__doc__)
try: KO(1)
except TypeError as e: print(e)
print(repr(fields(Inv)[0]).split(',default=')[0])
f = field(default=1, metadata={'unit': 'm'})
print(f.metadata['unit'], type(f.metadata).__name__, repr(MISSING)[:30].startswith('<dataclasses._MISSING_TYPE'), KW_ONLY.__class__.__name__)
print(Inv.__dataclass_params__, repr(InitVar[int]), repr(InitVar[List[int]]))
print(astuple(Inv('n', ['t'])), asdict(Inv('n'), dict_factory=lambda kv: [k for k, v in kv]))
@dataclass
class Pt:
    x: int
    y: int
match Pt(1, 2):
    case Pt(a, b): print('matched', a, b)
@dataclass
class Cnt:
    items: List[Pt] = field(default_factory=list)
c1 = Cnt([Pt(1, 2)]); c2 = replace(c1)
print(c1 == c2, c1.items is c2.items, asdict(c1)['items'][0] is not c1.items[0])
