from dataclasses import *
from typing import List, Optional, ClassVar, Dict
import dataclasses
@dataclass
class NB:
    a: int = 0
@dataclass
class Inv:
    name: str
    tags: List[str] = field(default_factory=list)
    iv: InitVar[int] = 0
    def __post_init__(self, iv): pass
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
