from typing import *
import typing
T = TypeVar('T'); S = TypeVar('S')
class HasData(Protocol):
    x: int
    def m(self): ...
HasData = runtime_checkable(HasData)
class Impl:
    x = 1
    def m(self): pass
print(isinstance(Impl(), HasData), isinstance(object(), HasData))
try: issubclass(Impl, HasData)
except TypeError as e: print(e)
try: runtime_checkable(int)
except TypeError as e: print(e)
try: HasData()
except TypeError as e: print(e)
@runtime_checkable
class Sized2(Protocol):
    def __len__(self): ...
print(isinstance([], Sized2), isinstance(1, Sized2), issubclass(dict, Sized2), isinstance('x', SupportsIndex), isinstance(3, SupportsIndex), isinstance(2.0, SupportsFloat))
class Node:
    next: 'Optional[Node]'
    val: Annotated[int, 'positive']
print(get_type_hints(Node), get_type_hints(Node, include_extras=True))
def fn(a: 'List[Node]', b: ClassVar[int] = 0) -> 'Node': ...
print(get_type_hints(fn))
print(Literal[1, 1, 2], Literal[Literal[1], 2], Literal[1] == Literal[1, 1], Literal[0] == Literal[False])
print(Union[int, str][()] if False else Union[T, List[T]][int], Dict[T, List[S]][int, str], Callable[[T], S][int, str])
print(get_args(Callable[..., int]), get_args(Tuple[int, ...]), get_args(Tuple[()]), get_origin(Callable[[int], str]), get_origin(ClassVar[int]))
print(Optional[Union[int, str]], Union[None, int], Union[int, None, None], Optional[None])
print(repr(typing.Any), Any.__class__.__name__ if False else '', isinstance(Any, type))
try: Any()
except TypeError as e: print(e)
print(typing.get_overloads(fn), assert_type(3, int), cast('List[int]', [1]))
try: assert_never(5)
except AssertionError as e: print(e)
print(is_typeddict(dict), typing.Text is str, typing.AnyStr.__constraints__)
class TD(TypedDict):
    a: int
    b: NotRequired[str]
class TD2(TD, total=False):
    c: Required[float]
    d: bytes
print(sorted(TD.__required_keys__), sorted(TD.__optional_keys__), sorted(TD2.__required_keys__), sorted(TD2.__optional_keys__), is_typeddict(TD2))
try: isinstance({}, TD)
except TypeError as e: print(e)
Point = TypedDict('Point', {'x': int, 'y': int})
print(Point(x=1, y=2), Point.__annotations__, Point.__module__)
NT = NamedTuple('NT', x=int, y=str)
print(NT(1, 'a'), NT._fields)
try:
    class BadNT(NamedTuple):
        x: int = 1
        y: int
except TypeError as e: print(e)
print(List[int] | None, int | List[str])
