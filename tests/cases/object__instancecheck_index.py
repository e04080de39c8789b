# __instancecheck__/__subclasscheck__, abc registration, __index__ uses.
class Meta(type):
    def __instancecheck__(cls, inst):
        print("instancecheck", type(inst).__name__)
        return isinstance(inst, int) and inst > 0
    def __subclasscheck__(cls, sub):
        print("subclasscheck", sub.__name__)
        return sub in (int, bool)
class Positive(metaclass=Meta): pass
print(isinstance(5, Positive), isinstance(-5, Positive), isinstance("x", Positive))
print(issubclass(bool, Positive), issubclass(str, Positive))
print(isinstance(5, (str, Positive)))
import abc
class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...
class Sq(Shape):
    def area(self): return 4
print(Sq().area(), isinstance(Sq(), Shape))
try:
    Shape()
except TypeError as e:
    print("TypeError", e)
class Half(Shape):
    pass
try:
    Half()
except TypeError as e:
    print("TypeError", e)
class Virtual: pass
Shape.register(Virtual)
print(isinstance(Virtual(), Shape), issubclass(Virtual, Shape))
import collections.abc as cabc
print(isinstance([], cabc.Sequence), isinstance({}, cabc.Mapping), isinstance(set(), cabc.Set))
print(isinstance(iter([]), cabc.Iterator), isinstance([], cabc.Iterator), isinstance((x for x in []), cabc.Generator))
class HasLen:
    def __len__(self): return 0
print(isinstance(HasLen(), cabc.Sized), isinstance(HasLen(), cabc.Iterable))
print(issubclass(int, cabc.Hashable), issubclass(list, cabc.Hashable))
class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
L = list(range(10))
print(L[Idx(2)], L[Idx(1):Idx(4)], "ab" * Idx(3), bytes(Idx(2)), range(Idx(3)))
print(hex(Idx(255)), (10).to_bytes(Idx(2), "big"), int.__index__(7))
import operator
print(operator.index(Idx(9)), divmod.__name__)
try:
    isinstance(1, 5)
except TypeError as e:
    print("TypeError", e)
try:
    issubclass(5, int)
except TypeError as e:
    print("TypeError", e)
print(isinstance(1, (int, (str, float))), isinstance(True, (str,)))
print(isinstance(int, type), isinstance(type, object), isinstance(object, type))
