import enum
from enum import Enum, Flag, IntFlag, IntEnum, StrEnum, auto, unique, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS, FlagBoundary
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
