import typing
from typing import *
print(repr(Any), Optional[int], Union[int, str], Union[int, None, str], Union[int], List, List[int], Dict[str, int])
print(Callable[[int], str], Callable[..., int], Callable, Literal[1, 'a'], Tuple[int, ...], Tuple[()], Tuple)
print(ClassVar[int], Final[int], Final, Type[int], Set[int], FrozenSet, Iterable[int], Sequence[str], Mapping[str, int])
T = TypeVar('T'); K = TypeVar('K', bound=int); V = TypeVar('V', int, str, covariant=True)
print(T, K, V, T.__name__, K.__bound__, V.__constraints__, T.__module__)
print(List[T], Dict[K, V][int, str], List[T][int])
try: Generic()
except TypeError as e: print(e)
try: List[int, str]
except TypeError as e: print(e)
try: List()
except TypeError as e: print(e)
try: isinstance(1, List[int])
except TypeError as e: print(e)
try: isinstance(1, Any)
except TypeError as e: print(e)
try: Union()
except TypeError as e: print(e)
try: Union[()]
except TypeError as e: print(e)
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Union[int, str]), get_args(Optional[int]), get_args(Callable[[int], str]), get_origin(int), get_args(int))
print(get_origin(Literal[1]), get_args(Literal[1, 2]), get_origin(list[int]), get_args(int | str))
print(Union[int, str] == Union[str, int], Optional[int] == Union[int, None], List[int] == List[int], hash(List[int]) == hash(List[int]))
print(Union[int, Union[str, float]], Union[int, int])
class Box(Generic[T]):
    def __init__(self, item: T): self.item = item
print(Box[int], Box.__parameters__, Box[int].__origin__, Box[int](3).item, Box.__mro__)
print(typing.TYPE_CHECKING, cast(int, 'x'), ForwardRef('X'), List['X'])
UserId = NewType('UserId', int)
print(UserId, UserId(5), UserId.__supertype__)
@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
print(isinstance(F(), Closable), isinstance(1, Closable), issubclass(F, Closable))
class P2(Protocol):
    def meth(self): ...
try: isinstance(F(), P2)
except TypeError as e: print(e)
class Emp(NamedTuple):
    name: str
    id: int = 3
print(Emp('a'), Emp._fields, Emp.__annotations__, Emp._field_defaults)
E2 = NamedTuple('E2', [('x', int), ('y', int)])
print(E2(1, 2))
class Movie(TypedDict):
    name: str
    year: int
class M2(TypedDict, total=False):
    extra: str
print(Movie(name='x', year=1), sorted(Movie.__required_keys__), sorted(M2.__optional_keys__), M2.__total__, type(Movie(name='a', year=2)))
def g(a: int, b: 'str' = 'x') -> List[int]: pass
print(get_type_hints(g))
class HC:
    x: int
    y: 'List[str]'
print(get_type_hints(HC))
@overload
def h(x: int) -> int: ...
try: h(1)
except NotImplementedError as e: print(e)
@no_type_check
def nt(x: int): pass
print(nt.__no_type_check__)
print(Annotated[int, 'meta'], get_args(Annotated[int, 'm']), get_origin(Annotated[int, 'm']) is Annotated)
print(NoReturn, Never, Self, LiteralString, TypeAlias, AnyStr, Text, Hashable, Sized)
print(Optional[List[int]], Dict[str, Optional[int]], Callable[[], None], Union[List[int], None])
print(Counter[str], Deque[int], DefaultDict[str, int], OrderedDict[str, int], ChainMap[str, int], Type, Awaitable[int], Coroutine[int, int, int], Generator[int, None, None], AsyncIterator[int])
print(Pattern, Match, IO, TextIO, BinaryIO, SupportsInt, SupportsIndex, Reversible[int], Collection[int], Container[int], ContextManager[int])
print(repr(T | int), Union[T, int][str], Optional[T][int])
print(List[int].__args__, List[int].__parameters__, Dict[K, V].__parameters__)
class Sub(List[int]): pass
print(Sub.__mro__[:2], Sub.__orig_bases__)
print(Literal[True], Literal[None], Literal["a"] == Literal["a"])
print(reveal_type if False else 0, assert_never.__name__, final(lambda: 1)())
