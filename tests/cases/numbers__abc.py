import numbers
from numbers import Number, Complex, Real, Rational, Integral
for v in (1, 2.5, 3j, True, 'x', None):
    print(repr(v), [isinstance(v, c) for c in (Number, Complex, Real, Rational, Integral)])
print(issubclass(int, Complex), issubclass(float, Integral), issubclass(complex, Real))
print(sorted(Integral.__abstractmethods__))
print(sorted(Complex.__abstractmethods__))
class MyInt(Integral):
    def __init__(self, v): self.v = v
    def __int__(self): return self.v
    def __pow__(self, e, m=None): return MyInt(self.v ** e)
    __lshift__ = __rlshift__ = __rshift__ = __rrshift__ = lambda s, o: 0
    __and__ = __rand__ = __xor__ = __rxor__ = __or__ = __ror__ = lambda s, o: 0
    def __invert__(self): return 0
    def __abs__(self): return self
    def __add__(self, o): return MyInt(self.v + int(o))
    __radd__ = __add__
    def __neg__(self): return MyInt(-self.v)
    def __pos__(self): return MyInt(self.v)
    def __mul__(self, o): return 0
    __rmul__ = __truediv__ = __rtruediv__ = __rpow__ = __mul__
    def __eq__(self, o): return self.v == int(o)
    def __trunc__(self): return self.v
    __floor__ = __ceil__ = __round__ = __trunc__
    __floordiv__ = __rfloordiv__ = __mod__ = __rmod__ = lambda s, o: 0
    def __lt__(self, o): return self.v < int(o)
    def __le__(self, o): return self.v <= int(o)
    def __hash__(self): return hash(self.v)
m = MyInt(7)
print(float(m), m.numerator.v, m.denominator, m.real.v, m.imag, complex(m), [1, 2, 3, 4, 5, 6, 7, 8][m], bool(m), (m - 2).v)
try: Integral()
except TypeError as e: print(type(e).__name__, str(e).split(' with')[0])
print(Number.__hash__, numbers.__all__)
