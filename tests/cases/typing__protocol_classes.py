from typing import Protocol, runtime_checkable, Generic, TypeVar, Iterable, SupportsInt, SupportsAbs
T = TypeVar('T')
class Proto(Protocol):
    def meth(self) -> int: ...
class Impl(Proto):
    def meth(self): return 1
print(Impl().meth(), isinstance(Impl(), Impl))
class WithInit(Proto):
    def __init__(self, x): self.x = x
    def meth(self): return self.x
print(WithInit(5).meth())
try: Impl(1)
except TypeError as e: print(e)
try: Proto()
except TypeError as e: print(e)
class GP(Protocol[T]):
    def get(self) -> T: ...
print(GP[int], GP.__parameters__)
@runtime_checkable
class Closer(Protocol):
    def close(self): ...
class C2:
    close = None
print(isinstance(C2(), Closer), issubclass(C2, Closer))
class Iter:
    def __iter__(self): return iter([])
print(isinstance(Iter(), Iterable), issubclass(Iter, Iterable), isinstance(3, SupportsInt), isinstance(3.5, SupportsAbs), isinstance('x', SupportsAbs))
try:
    class Bad(Protocol, int): pass
except TypeError as e: print(e)
class Mixed(Proto, Generic[T]):
    def meth(self): return 2
print(Mixed[int]().meth(), Mixed.__parameters__)
