# Deterministic parts of reprs: builtin functions, methods, modules, classes, generators, coroutines, code.
import math, sys, types
def f(): pass
class C:
    def m(self): pass
    @classmethod
    def cm(cls): pass
    @staticmethod
    def sm(): pass
def gen():
    yield 1
async def coro():
    pass
print(repr(len), repr(math.sqrt), repr(print))
print(repr(math).startswith("<module 'math'"), repr(sys), repr(types.ModuleType("virtual")))
print(repr(C), repr(int), repr(type), repr(object), repr(types.FunctionType), repr(Exception))
print(repr(f).split(" at ")[0], repr(C.m).split(" at ")[0], repr(C().m).split(" of ")[0])
print(repr(C.cm).split(" of ")[0], repr(C.sm).split(" at ")[0], repr(C.__dict__["cm"]).split(" at ")[0])
print(repr(gen()).split(" at ")[0], repr((x for x in [])).split(" at ")[0])
c = coro()
print(repr(c).split(" at ")[0])
c.close()
print(repr([].append).split(" at ")[0], repr("".join).split(" at ")[0], repr(int.from_bytes).split(" at ")[0])
print(repr(f.__code__).split(" at ")[0], repr(str.upper), repr(dict.__dict__["fromkeys"]))
print(repr(property()).split(" at ")[0], repr(iter([])).split(" at ")[0], repr(iter(range(1))).split(" at ")[0])
print(repr(map(int, [])).split(" at ")[0], repr(zip()).split(" at ")[0], repr(enumerate([])).split(" at ")[0])
print(repr({}.keys()), repr({1: 2}.values()), repr({1: 2}.items()), repr(reversed([])).split(" at ")[0])
print(repr(slice(1, 2)), repr(range(3)), repr(memoryview(b"")).split(" at ")[0], repr(object()).split(" at ")[0])
print(repr(super).split(" at ")[0], repr(staticmethod(f)).split(" at ")[0] if sys.version_info >= (3, 10) else "")
print(repr(NotImplemented), repr(...), repr(types.SimpleNamespace(a=1)), repr(types.MappingProxyType({"k": 1})))
import functools
print(repr(functools.partial(f)).split(" at ")[0], repr(lambda: 0).split(" at ")[0])
print(str(C), str(math).startswith("<module 'math'"), str(f).startswith("<function f at 0x"))
