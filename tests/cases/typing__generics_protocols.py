from typing import *
import typing
T = TypeVar('T'); S = TypeVar('S')
P = ParamSpec('P')
print(P, P.args, P.kwargs, Callable[P, int], Callable[Concatenate[int, P], int], Concatenate[int, P])
for bad in (lambda: TypeVar('X', int), lambda: TypeVar('X', int, str, bound=int), lambda: TypeVar('X', covariant=True, contravariant=True),
            lambda: Generic[int], lambda: Generic[T, T], lambda: Generic[()], lambda: Union[int, 3], lambda: Callable[int], lambda: Optional[int, str],
            lambda: ClassVar[int, str], lambda: List[int][str], lambda: Dict[str], lambda: Tuple[int][str], lambda: Literal[1][2], lambda: NoReturn[int]):
    try:
        r = bad()
        print('ok', r)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class Pair(Generic[T, S]):
    pass
print(Pair[int, str], Pair[int, str].__args__, Pair[T, int][str])
try: Pair[int]
except TypeError as e: print(e)
try:
    class Bad(Generic[T], Generic[S]): pass
except TypeError as e: print(e)
try:
    class Bad2(List[T], Generic[S]): pass
except TypeError as e: print(e)
class Child(Pair[int, T]):
    pass
print(Child.__parameters__, Child[str], Child.__orig_bases__)
UserId = NewType('UserId', int)
try:
    class Sub(UserId): pass
except TypeError as e: print(e)
print(UserId | None, Union[UserId, str])
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
