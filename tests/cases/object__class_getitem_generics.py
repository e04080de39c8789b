# Generic aliases: list[int], typing.Generic subclasses, __class_getitem__, isinstance restrictions.
import typing
T = typing.TypeVar("T")
class Box(typing.Generic[T]):
    def __init__(self, v: T): self.v = v
    def get(self) -> T: return self.v
ib = Box[int](5)
print(ib.get(), type(ib).__name__, Box[int], Box[str].__origin__ is Box, typing.get_args(Box[int]))
print(list[int], list[int]([1, 2]), dict[str, int], tuple[int, ...].__args__, type(list[int]))
try:
    isinstance([], list[int])
except TypeError as e:
    print("TypeError", e)
print(typing.get_origin(list[int]), typing.get_args(dict[str, list[int]]), typing.Optional[int], typing.Union[int, str])
print(int | str, type(int | str).__name__, (int | None) == typing.Optional[int], isinstance(1, int | str))
class Reg:
    def __class_getitem__(cls, item):
        return (cls.__name__, item)
print(Reg[int], Reg["a", 1])
print(typing.List[int], typing.Dict[str, int], typing.Callable[[int], str], typing.Any)
class P(typing.Protocol):
    def run(self) -> int: ...
@typing.runtime_checkable
class R(typing.Protocol):
    def run(self) -> int: ...
class Impl:
    def run(self): return 1
print(isinstance(Impl(), R), isinstance(object(), R))
print(typing.cast(int, "x"), typing.TYPE_CHECKING, typing.NamedTuple.__name__ if hasattr(typing.NamedTuple, "__name__") else "NamedTuple")
