# sorted and reversed on all iterable kinds; key functions from builtins.
print(sorted([3, 1, 2]), sorted("cba"), sorted((2, 1)), sorted({3, 1}), sorted({"b": 1, "a": 2}), sorted(range(3, 0, -1)))
print(sorted(["a", "B", "c"], key=str.lower), sorted([-3, 2, -1], key=abs), sorted(["aa", "b"], key=len, reverse=True))
print(sorted([(1, "b"), (1, "a"), (0, "c")]), sorted([[3], [1, 2]], key=sum))
print(sorted(x for x in [5, 4]), sorted(iter([2, 1])), sorted([]), sorted([1], reverse=True))
try:
    sorted([1, 2], key=lambda x, y: x)
except TypeError as e:
    print("TypeError", e)
try:
    sorted()
except TypeError as e:
    print("TypeError", e)
try:
    sorted([1], None, True)
except TypeError as e:
    print("TypeError", e)
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed("abc")), list(reversed(range(3))), list(reversed({"a": 1, "b": 2})))
print(list(reversed({"a": 1}.items())), list(reversed({"a": 1, "b": 2}.values())), list(reversed(b"ab")), list(reversed(bytearray(b"xy"))))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError", e)
try:
    reversed(iter([1]))
except TypeError as e:
    print("TypeError", e)
r = reversed([1, 2, 3])
print(type(r).__name__, next(r), r.__length_hint__(), list(r))
lst = [1, 2, 3]
rev = reversed(lst)
lst.append(4)
print(list(rev))
stable = sorted([("b", 2), ("a", 2), ("c", 1), ("d", 1)], key=lambda t: t[1])
print(stable)
print(sorted([3, 1, 2], key=None), sorted("Hello World", key=str.isupper))
