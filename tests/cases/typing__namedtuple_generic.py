from typing import NamedTuple, Generic, TypeVar
T = TypeVar('T')
class G(NamedTuple, Generic[T]):
    a: T
    b: int = 0
    def double(self): return self.a * 2
print(G(3), G[int], G[str]('x').double(), G.__parameters__ if hasattr(G, '__parameters__') else None)
try:
    class X(NamedTuple, int): pass
except TypeError as e: print(e)
try:
    class Y(NamedTuple):
        _fields = 1
except AttributeError as e: print(e)
