from dataclasses import dataclass, field
from typing import Optional
@dataclass(init=False)
class A:
    x: int
    def __init__(self, a, /, b: int = 2, *args: str, c, d=4, **kw: float) -> None: pass
print(A.__doc__)
@dataclass(init=False)
class B:
    x: int
    def __init__(self, *, k: Optional[int] = None): pass
print(B.__doc__)
@dataclass(init=False)
class C:
    x: int
    def __init__(self, p, /): pass
print(C.__doc__)
@dataclass(init=False)
class D:
    x: int
print(D.__doc__)
@dataclass
class E:
    """Has a doc."""
    x: int
print(E.__doc__)
@dataclass
class F:
    a: 'Optional[int]' = None
    b: float = 1.5
    c: tuple = (1, 2)
    d: A = None
print(F.__doc__)
@dataclass(init=False)
class G:
    def __init__(self, **only) -> int: pass
print(G.__doc__)
