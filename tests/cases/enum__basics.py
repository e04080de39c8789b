from enum import Enum, IntEnum, Flag, IntFlag, StrEnum, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(repr(Color.RED), str(Color.RED), Color.RED.name, Color.RED.value, format(Color.RED))
print(list(Color), len(Color), Color(2), Color['BLUE'], Color.CRIMSON is Color.RED)
print(Color.__members__)
print(repr(Color), Color.RED in Color, hash(Color.RED) == hash('RED'))
try: Color(7)
except ValueError as e: print('ValueError', e)
try: Color['PINK']
except KeyError as e: print('KeyError', e)
class Num(IntEnum):
    ONE = 1
    TWO = 2
print(repr(Num.ONE), str(Num.ONE), Num.ONE + 1, Num.TWO * 3, format(Num.TWO, '03d'), Num(2), Num.ONE < Num.TWO)
class A(Enum):
    X = auto(); Y = auto(); Z = auto()
print(list(A), [a.value for a in A])
class S(StrEnum):
    FOO = auto(); BAR = 'bar-val'
print(repr(S.FOO), str(S.FOO), S.BAR.upper(), S('foo'), f"{S.BAR}")
class Perm(Flag):
    R = 4; W = 2; X = 1
print(repr(Perm.R | Perm.W), str(Perm.R | Perm.W), repr(Perm(0)), repr(~Perm.R), bool(Perm(0)))
print(Perm.R in (Perm.R | Perm.X), list(Perm.R | Perm.X), Perm(7))
class IP(IntFlag):
    A = 1; B = 2; C = 4
print(repr(IP.A | IP.B), str(IP.A|IP.C), IP.A | 8, repr(IP(16)), IP.B + 1, repr(~IP.A))
class Shape(Enum):
    SQUARE = 2
    CIRCLE = 3
    @classmethod
    def _missing_(cls, value):
        if value == 'sq': return cls.SQUARE
    def describe(self): return f"{self.name} with {self.value}"
print(Shape('sq'), Shape.CIRCLE.describe())
try: Shape('zz')
except ValueError as e: print(e)
try:
    @unique
    class D(Enum):
        A = 1; B = 1; C = 2; E = 2
except ValueError as e: print(e)
F = Enum('F', 'A B C')
print(list(F), F.__module__, repr(F.B))
G = Enum('G', [('X', 10), ('Y', 20)])
print(list(G), G(20))
H = IntEnum('H', {'P': 5, 'Q': 6})
print(H.P + H.Q, list(H))
class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    MARS = (6.42e23, 3.39e6)
    def __init__(self, mass, radius):
        self.mass = mass; self.radius = radius
print(Planet.MARS.mass, Planet.EARTH.value, Planet((6.42e23, 3.39e6)))
try: Color.RED = 5
except AttributeError as e: print(e)
try:
    class Bad(Enum):
        A = 1
        A = 2
except TypeError as e: print(e)
try:
    class Ext(Color): PINK = 9
except TypeError as e: print(e)
print(Color.RED.__reduce_ex__(2), Color.RED == 1, Num.ONE == 1, sorted(Num, reverse=True))
print({Color.RED: 'r'}[Color.CRIMSON], list(reversed(Color)))
