# property (getter/setter/deleter, decorator chain), classmethod, staticmethod.
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        "Temperature in C."
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("too cold")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        self._c = None
    fahrenheit = property(lambda self: self._c * 9 / 5 + 32)
t = Temp()
t.celsius = 100
print(t.celsius, t.fahrenheit, Temp.celsius.__doc__)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError", e)
try:
    t.fahrenheit = 1
except AttributeError as e:
    print("AttributeError", e)
del t.celsius
print(t.celsius)
try:
    del t.fahrenheit
except AttributeError as e:
    print("AttributeError", e)
print(type(Temp.celsius).__name__, Temp.celsius.fget.__name__, Temp.fahrenheit.fset)
class Counter:
    count = 0
    @classmethod
    def inc(cls, by=1):
        cls.count += by
        return cls
    @staticmethod
    def helper(x):
        return x * 2
class Sub(Counter): pass
Counter.inc()
Sub.inc(5)
print(Counter.count, Sub.count, Sub.inc().__name__)
print(Counter.helper(4), Counter().helper(5))
print(type(Counter.__dict__["inc"]).__name__, type(Counter.__dict__["helper"]).__name__)
print(Counter.__dict__["helper"].__func__(3), Counter.inc.__self__.__name__)
class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def parse(cls, s):
        return cls(*map(int, s.split("-")))
    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"
class MyDate(Date): pass
print(Date.parse("2024-01-31"), MyDate.parse("1999-12-1"))
p = property()
try:
    p.__get__(object())
except AttributeError as e:
    print("AttributeError", e)
class Lazy:
    @property
    def boom(self):
        raise AttributeError("inner missing")
    def __getattr__(self, name):
        return f"__getattr__ fallback for {name}"
print(Lazy().boom)
sm = staticmethod(len)
print(sm.__func__ is len, callable(sm))
