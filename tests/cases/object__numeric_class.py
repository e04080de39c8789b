# A full numeric class (Fraction-like) using every arithmetic dunder; compared with fractions.Fraction.
from fractions import Fraction
import math
class Q:
    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError("Q denominator is zero")
        g = math.gcd(n, d) * (1 if d > 0 else -1)
        self.n, self.d = n // g, d // g
    def __repr__(self): return f"Q({self.n}, {self.d})"
    def __str__(self): return f"{self.n}/{self.d}" if self.d != 1 else str(self.n)
    @staticmethod
    def _c(o):
        if isinstance(o, Q): return o
        if isinstance(o, int): return Q(o)
        return NotImplemented
    def __add__(self, o):
        o = self._c(o)
        return NotImplemented if o is NotImplemented else Q(self.n * o.d + o.n * self.d, self.d * o.d)
    __radd__ = __add__
    def __sub__(self, o):
        o = self._c(o)
        return NotImplemented if o is NotImplemented else Q(self.n * o.d - o.n * self.d, self.d * o.d)
    def __rsub__(self, o): return Q._c(o) - self
    def __mul__(self, o):
        o = self._c(o)
        return NotImplemented if o is NotImplemented else Q(self.n * o.n, self.d * o.d)
    __rmul__ = __mul__
    def __truediv__(self, o):
        o = self._c(o)
        return NotImplemented if o is NotImplemented else Q(self.n * o.d, self.d * o.n)
    def __rtruediv__(self, o): return Q._c(o) / self
    def __pow__(self, k): return Q(self.n ** k, self.d ** k) if k >= 0 else Q(self.d ** -k, self.n ** -k)
    def __neg__(self): return Q(-self.n, self.d)
    def __abs__(self): return Q(abs(self.n), self.d)
    def __eq__(self, o):
        o = self._c(o)
        return NotImplemented if o is NotImplemented else (self.n, self.d) == (o.n, o.d)
    def __lt__(self, o): return self.n * Q._c(o).d < Q._c(o).n * self.d
    def __hash__(self): return hash((self.n, self.d))
    def __float__(self): return self.n / self.d
    def __bool__(self): return self.n != 0
a, b = Q(1, 3), Q(2, 4)
fa, fb = Fraction(1, 3), Fraction(2, 4)
for expr in ["a + b", "a - b", "a * b", "a / b", "a ** 3", "a ** -2", "-a", "abs(-b)", "1 + a", "2 - a",
             "3 * b", "1 / a", "a == Q(2, 6)", "a < b", "a + 1 == 1 + a", "float(a)", "bool(Q(0))", "sum([a, b, a])"]:
    mine = eval(expr)
    ref = eval(expr, {"a": fa, "b": fb, "Q": Fraction})
    print(f"{expr:18} {str(mine):10} {str(ref):10}")
try:
    Q(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    a + 1.5
except TypeError as e:
    print("TypeError", e)
print(sorted([Q(3, 4), Q(1, 2), Q(5, 6)]), {Q(1, 2), Q(2, 4)}.__len__())
print(Fraction("3/7") + Fraction(1, 7), Fraction(0.75), Fraction(1, 3).limit_denominator(2), Fraction(7, -14))
