# Unary dunders and numeric conversions: neg/pos/abs/invert/int/float/
# complex/index/round/trunc/floor/ceil/bool.
import math
class N:
    def __neg__(self): return "neg"
    def __pos__(self): return "pos"
    def __abs__(self): return "abs"
    def __invert__(self): return "invert"
    def __int__(self): return 7
    def __float__(self): return 2.5
    def __complex__(self): return 1j
    def __index__(self): return 3
    def __round__(self, nd=None): return ("round", nd)
    def __trunc__(self): return "trunc"
    def __floor__(self): return "floor"
    def __ceil__(self): return "ceil"
n = N()
print(-n, +n, abs(n), ~n)
print(int(n), float(n), complex(n))
print(round(n), round(n, 2), math.trunc(n), math.floor(n), math.ceil(n))
print(bin(n), hex(n), oct(n), [0, 1, 2, 3, 4][n], "abcdef"[n:], range(10)[n])
print(operator_index := __import__("operator").index(n))
class OnlyIndex:
    def __index__(self): return 4
print(int(OnlyIndex()), float(OnlyIndex()), complex(OnlyIndex()))
class BadInt:
    def __int__(self): return "x"
try:
    int(BadInt())
except TypeError as e:
    print("TypeError", e)
class BadIndex:
    def __index__(self): return 1.5
try:
    [1, 2][BadIndex()]
except TypeError as e:
    print("TypeError", e)
class Plain: pass
for f in (int, float, complex, abs, round, bin):
    try:
        f(Plain())
    except TypeError as e:
        print("TypeError", e)
try:
    -Plain()
except TypeError as e:
    print("TypeError", e)
try:
    ~1.5
except TypeError as e:
    print("TypeError", e)
class IntSub(int):
    def __index__(self): return 100
print(hex(IntSub(5)), [0] * IntSub(2))
class FloatOnly:
    def __float__(self): return 9.75
print(math.floor(FloatOnly()), math.sqrt(FloatOnly()))
