import enum
from enum import Enum, Flag, IntFlag, IntEnum, StrEnum, auto, unique, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS, FlagBoundary
class E(int, Enum):
    A = 1
    B = 2
print(str(E.A), format(E.A), f"{E.A:>6}|", repr(E.A), E.A + 1, E(2))
class F(Flag):
    R = 4
    W = 2
    X = 1
    RW = 6
print(repr(F(0)), str(F(0)), repr(F.R | F.W), str(F.R | F.W), repr(~F.R), list(F), list(F.RW), len(F.RW), F.RW in F)
print(F.R in F.RW, F.X in F.RW, bool(F(0)), F.R & F.W, F.RW ^ F.W, F(7), repr(F(5)))
try: F(8)
except ValueError as e: print(repr(e))
try: F.R in 3
except TypeError as e: print(e)
class I(IntFlag):
    A = 1
    B = 2
print(repr(I.A | I.B), str(I.A | I.B), repr(I(8)), repr(~I.A), repr(I.A | 8), format(I.A), I.A | 4, I.B & 3, isinstance(I.A | I.B, I))
class C(Flag, boundary=FlagBoundary.CONFORM):
    A = 1
    B = 2
print(repr(C(7)), repr(C(4)))
class K(Flag, boundary=enum.KEEP):
    A = 1
print(repr(K(5)), K(5).value)
class Auto(Flag):
    ONE = auto()
    TWO = auto()
    FOUR = auto()
print([m.value for m in Auto], repr(Auto.ONE | Auto.FOUR), Auto.__members__.keys())
class Color(Enum):
    RED = 1
try:
    class D(Color): X = 1
except TypeError as e: print(e)
try: Color.RED = 3
except AttributeError as e: print(e)
try: del Color.RED
except AttributeError as e: print(e)
try:
    class G(Enum):
        A = 1
        A = 2
except TypeError as e: print(e)
try:
    class H(Enum):
        _bad_ = 1
except ValueError as e: print(e)
print(Color.RED.__reduce_ex__(4), dir(Color.RED), dir(Color))
try:
    @verify(CONTINUOUS)
    class V(IntEnum):
        A = 1
        C = 3
except ValueError as e: print(e)
try:
    @verify(UNIQUE)
    class V2(Enum):
        A = 1
        B = 1
except ValueError as e: print(e)
class Ord(Enum):
    _order_ = 'B A'
    B = 2
    A = 1
print(list(Ord))
try:
    class Ord2(Enum):
        _order_ = 'A B'
        B = 2
        A = 1
except TypeError as e: print(e)
class WithIgnore(Enum):
    _ignore_ = 'tmp'
    tmp = 5
    X = 1
print(list(WithIgnore), hasattr(WithIgnore, 'tmp'))
class SE(StrEnum):
    A = 'a'
try:
    class SE2(StrEnum):
        A = 1
except TypeError as e: print(e)
print(SE.A == 'a', SE.A + 'b', SE('a'), len(SE.A), repr(SE.A))
print(Color.RED.name, Color.RED.value, Color['RED'], Color(1), type(Color), isinstance(Color.RED, Color), Color.__class__.__name__)
