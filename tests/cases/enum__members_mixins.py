from enum import Enum, IntEnum, Flag, auto, StrEnum, global_enum, nonmember, member, unique
import enum
class Field(Enum):
    name = 1
    value = 2
print(Field.name, Field.value, Field.name.name, Field.name.value, Field.value.name, list(Field))
class Greeting(Enum):
    HI = 'hi'
    def __str__(self): return 'Greeting:' + self.value
    @property
    def loud(self): return self.value.upper()
    @classmethod
    def default(cls): return cls.HI
    @staticmethod
    def helper(): return 'help'
print(str(Greeting.HI), format(Greeting.HI), f"{Greeting.HI}", Greeting.HI.loud, Greeting.default(), Greeting.helper())
class Num(IntEnum):
    A = 1
    B = 2
print(Num.A < Num.B, Num.A == 1, sorted([Num.B, Num.A]), Num.A in {1: 'x'}, {Num.A: 'v'}[1], hash(Num.A) == hash(1), int(Num.B), Num.B * 2, Num(1) is Num.A, f"{Num.A:x}", '%d' % Num.B, '%s' % Num.B)
class Mem(Enum):
    X = 1
    f = nonmember(3)
    g = member(lambda: 1)
print([m.name for m in Mem], Mem.f, Mem.g.value())
class WithNew(Enum):
    def __new__(cls, value, label):
        obj = object.__new__(cls)
        obj._value_ = value
        obj.label = label
        return obj
    A = (1, 'one')
    B = (2, 'two')
print(WithNew.A, WithNew(2).label, WithNew.A.value)
class Coord(bytes, Enum):
    X = b'x'
print(repr(Coord.X), Coord.X == b'x')
try:
    class Bad(Enum):
        RED = auto()
        def _generate_next_value_(name, start, count, last_values):
            return name.lower()
except TypeError as e: print(e)
class Color(Enum):
    RED = auto()
    GREEN = auto()
class Lower(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()
    A = auto()
    B = auto()
print([m.value for m in Lower])
class Start(Enum):
    A = 10
    B = auto()
    C = 'x'
    D = 20
    E = auto()
print([m.value for m in Start])
import copy
print(copy.copy(Color.RED) is Color.RED, copy.deepcopy(Num.A) is Num.A)
print(Color.RED.__class__, type(Color.RED).__mro__, Color.__members__['GREEN'], 'RED' in Color.__members__)
print(enum.EnumMeta is enum.EnumType, isinstance(Color, enum.EnumMeta), issubclass(enum.IntFlag, int))
print(Color.RED != Color.GREEN, Color.RED == Color.RED, bool(Color.RED), Color.RED is not None)
try: Color.RED < Color.GREEN
except TypeError as e: print(e)
class Sh(Enum):
    A = 1
    _ignore_ = ['tmp']
    tmp = 9
print(Sh.__members__.keys())
e = Enum('E', 'A, B C', start=5)
print(list(e), e.__qualname__)
e2 = Enum('E2', 'X Y', module='mymod', qualname='Q.E2')
print(e2.__module__, e2.__qualname__, repr(e2.X))
s = StrEnum('S', 'AB CD')
print(list(s), s.AB == 'ab')
F = Flag('F', 'A B C')
print(list(F), F.A | F.C, repr(~F.A))
