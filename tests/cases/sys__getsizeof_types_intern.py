# sys.getsizeof returns ints that grow with content (no exact values); sys.intern; sys.getrefcount type.
import sys
print(type(sys.getsizeof(0)).__name__, sys.getsizeof([]) < sys.getsizeof(list(range(100))))
print(sys.getsizeof("a" * 1000) > sys.getsizeof("a"), sys.getsizeof(10 ** 100) > sys.getsizeof(1))
print(sys.getsizeof({}) > 0, sys.getsizeof(object(), 123) > 0)
class WithSizeof:
    def __sizeof__(self):
        return 1000
print(sys.getsizeof(WithSizeof()) >= 1000)
a = sys.intern("".join(["inter", "ned"]))
b = sys.intern("interned")
print(a is b)
try:
    sys.intern(b"bytes")
except TypeError as e:
    print("TypeError", e)
print(type(sys.getrefcount(object())).__name__)
print(sys.getrecursionlimit() >= 1000, isinstance(sys.maxsize, int), sys.maxsize > 2 ** 31)
print(sys.is_finalizing(), type(sys.exc_info()).__name__, len(sys.exc_info()))
print(sys.getsizeof(b"") < sys.getsizeof(b"x" * 100), sys.getsizeof(()) <= sys.getsizeof((1, 2)))
