# enum: Enum, IntEnum, Flag, auto, iteration, lookup, aliases, unique errors.
import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(Color.RED, repr(Color.GREEN), Color(2), Color["BLUE"], Color.CRIMSON is Color.RED)
print(list(Color), len(Color), [c.name for c in Color], Color.RED.value, Color.RED.name)
print(Color.RED in Color, isinstance(Color.RED, Color), type(Color.RED).__name__, Color.__members__.keys())
try:
    Color(7)
except ValueError as e:
    print("ValueError", e)
try:
    Color["PINK"]
except KeyError as e:
    print("KeyError", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError", e)
class Num(enum.IntEnum):
    ONE = 1
    TWO = 2
print(Num.ONE + 1, Num.TWO == 2, sorted([Num.TWO, Num.ONE]), f"{Num.ONE}", str(Num.TWO), int(Num.TWO))
class Perm(enum.Flag):
    R = enum.auto()
    W = enum.auto()
    X = enum.auto()
rw = Perm.R | Perm.W
print(rw, Perm.R in rw, Perm.X in rw, rw & Perm.W, Perm(7), [p.value for p in Perm], bool(Perm(0)))
class Auto(enum.Enum):
    A = enum.auto()
    B = enum.auto()
print(Auto.A.value, Auto.B.value)
try:
    @enum.unique
    class Dup(enum.Enum):
        X = 1
        Y = 1
except ValueError as e:
    print("ValueError", e)
class Planet(enum.Enum):
    EARTH = (5.97e24, 6.37e6)
    def __init__(self, mass, radius):
        self.mass, self.radius = mass, radius
    @property
    def gravity(self):
        return round(6.673e-11 * self.mass / self.radius ** 2, 2)
print(Planet.EARTH.gravity, Planet.EARTH.value)
Animal = enum.Enum("Animal", "CAT DOG")
print(list(Animal), Animal.DOG.value)
class S(str, enum.Enum):
    A = "a"
print(S.A == "a", S.A.upper(), S("a"))
print(hash(Color.RED) == hash(Color.RED), {Color.RED: 1}[Color.CRIMSON])
