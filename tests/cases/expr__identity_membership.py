# is / is not / in / not in, including __contains__ and __eq__ interplay.
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(None is None, (lambda: None)() is None)
print(1 in [1, 2], 3 in [1, 2], 3 not in [1, 2], "b" in "abc", "bc" in "abc", "" in "x")
print(1 in (1,), 1 in {1}, 1 in {1: 2}, 2 in {1: 2}, 1 in range(3), 5 in range(0, 10, 5))
print(1.0 in [1], True in [1], 1 in [True])
print(b"b" in b"abc", 98 in b"abc", ord("z") in b"abc")
class Contains:
    def __contains__(self, item):
        print("__contains__", item)
        return item == "yes"
print("yes" in Contains(), "no" in Contains(), "no" not in Contains())
class Iter:
    def __iter__(self):
        print("iter")
        return iter([1, 2, 3])
print(2 in Iter(), 9 in Iter())
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * 10
print(20 in Seq(), 25 in Seq())
class EqAll:
    def __eq__(self, other):
        return True
print(EqAll() in [1], 5 in [EqAll()])
nan = float("nan")
print(nan in [nan], nan in [float("nan")])
try:
    1 in 5
except TypeError as e:
    print("TypeError", e)
try:
    [] in {}
except TypeError as e:
    print("TypeError", e)
try:
    1 in "abc"
except TypeError as e:
    print("TypeError", e)
class ContainsTruthy:
    def __contains__(self, x):
        return [1]
print(1 in ContainsTruthy())
x = 256
y = 256
print(x is y, type(x) is int, type(True) is bool, isinstance(True, int))
print([] is [], list() is not list())
