from dataclasses import dataclass, field, fields, replace, asdict, FrozenInstanceError, InitVar
import weakref
@dataclass
class Base:
    a: int
    b: int = 2
    def __post_init__(self):
        self.c = self.a + self.b
@dataclass
class Derived(Base):
    d: int = 4
    b: int = 20
x = Derived(1)
print(x, x.c, [f.name for f in fields(Derived)], Derived.__match_args__)
@dataclass(frozen=True)
class FZ:
    a: int
    b: list = field(default_factory=list, compare=False, repr=False)
    def __post_init__(self):
        object.__setattr__(self, 'a', self.a * 10)
f = FZ(1)
print(f, f == FZ(1, [1]), hash(f) == hash((10,)), replace(f, a=2))
try: f.c = 3
except FrozenInstanceError as e: print(e)
@dataclass(slots=True)
class S:
    a: int
    b: str = 'x'
    c: list = field(default_factory=list)
s = S(1)
print(s, S.__slots__, '__dict__' in dir(s))
try: s.z = 1
except AttributeError as e: print(type(e).__name__)
@dataclass(slots=True, weakref_slot=True)
class WS:
    a: int
w = WS(1); r = weakref.ref(w); print(r() is w, WS.__slots__)
@dataclass(frozen=True, slots=True)
class FS:
    a: int
print(FS(3), FS(3).__getstate__(), hash(FS(3)) == hash((3,)))
fs = FS(1); fs.__setstate__([7]); print(fs)
@dataclass
class NoInit:
    a: int = field(init=False, default=5)
    b: int = field(init=False)
n = NoInit(); print(n.a, hasattr(n, 'b'), NoInit.__doc__)
try: repr(n)
except AttributeError as e: print('AttributeError', e)
@dataclass(eq=True, frozen=False, unsafe_hash=False)
class Unh:
    a: int
print(Unh.__hash__)
@dataclass(unsafe_hash=True, frozen=True)
class UH:
    a: int
print(hash(UH(1)) == hash((1,)))
@dataclass
class WithExplicitEq:
    a: int
    def __eq__(self, o): return True
print(WithExplicitEq(1) == WithExplicitEq(2), WithExplicitEq.__hash__)
@dataclass
class IV:
    x: int
    y: InitVar[int]
    def __post_init__(self, y): self.z = self.x + y
iv = IV(1, 2); print(iv, iv.z, replace(iv, y=5).z)
try: replace(iv)
except ValueError as e: print(e)
print(asdict(iv))
