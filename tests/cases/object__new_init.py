# __new__ and __init__: order, return values, immutables, singletons.
class Trace:
    def __new__(cls, *a, **k):
        print("__new__", cls.__name__, a, k)
        return super().__new__(cls)
    def __init__(self, x, y=0):
        print("__init__", x, y)
        self.x = x
t = Trace(1, y=2)
print(t.x)
class NotMine:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never called")
print(NotMine())
class Upper(str):
    def __new__(cls, v):
        return super().__new__(cls, v.upper())
print(Upper("abc"), type(Upper("x")).__name__, Upper("q") == "Q")
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self): return self[0]
print(Point(1, 2), Point(3, 4).x, len(Point(0, 0)))
class Single:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self):
        print("init runs each time")
print(Single() is Single())
class InitReturns:
    def __init__(self):
        return 5
try:
    InitReturns()
except TypeError as e:
    print("TypeError", e)
try:
    object(1)
except TypeError as e:
    print("TypeError", e)
class NoInit: pass
try:
    NoInit(1)
except TypeError as e:
    print("TypeError", e)
class OnlyInit:
    def __init__(self, a): self.a = a
print(OnlyInit(3).a)
try:
    OnlyInit()
except TypeError as e:
    print("TypeError", e)
o = object.__new__(Trace)
print(type(o).__name__, hasattr(o, "x"))
class Sub(Trace):
    def __init__(self, x):
        super().__init__(x * 10)
Sub(1)
class Float2(float):
    def __new__(cls, v=0.0):
        return super().__new__(cls, v * 2)
print(Float2(1.5), Float2())
class IntDefault(int):
    def __init__(self, *a):
        print("IntDefault init", a)
print(IntDefault("7"), IntDefault(8) + 1)
try:
    int.__new__(str)
except TypeError as e:
    print("TypeError", e)
