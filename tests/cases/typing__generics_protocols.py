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
