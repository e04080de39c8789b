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
