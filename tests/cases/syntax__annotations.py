# Annotations stored in __annotations__ for functions, classes, modules.
def f(a: int, b: "str" = "x", *args: float, k: bool = True, **kw: dict) -> list:
    return []
print(f.__annotations__)
def g(x, y):
    pass
print(g.__annotations__)
class C:
    x: int
    y: str = "hello"
    z: "list[int]"
print(C.__annotations__)
print(hasattr(C, "x"), C.y)
v: int = 5
w: float
print(__annotations__)
def local_ann():
    q: int = 1
    r: str
    return q
print(local_ann(), local_ann.__annotations__)
class D(C):
    extra: bytes
print(D.__annotations__)
def ret_only() -> None:
    pass
print(ret_only.__annotations__)
evaluated = []
def note(tag):
    evaluated.append(tag)
    return tag
def h(p: note("p")) -> note("ret"):
    pass
print(evaluated, h.__annotations__)
class E:
    attr: note("attr") = 1
print(evaluated)
lam = lambda x: x
print(lam.__annotations__)
f.__annotations__["new"] = 1
print(sorted(f.__annotations__))
import typing
def gen(x: typing.List[int], y: typing.Optional[str] = None) -> typing.Dict[str, int]:
    return {}
print(gen.__annotations__["x"], gen.__annotations__["return"])
print(typing.get_type_hints(gen)["y"])
class F:
    a: int
    def __init__(self):
        self.b: int = 2
print(F.__annotations__, F().b)
