# Stable sorting with key and reverse, sorted() variants, sort errors.
people = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30), ("eve", 22)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (-p[1], p[0])))
L = [5, 3, 8, 1, 9, 2]
L.sort()
print(L)
L.sort(reverse=True)
print(L)
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
import operator
recs = [{"n": "x", "v": 2}, {"n": "y", "v": 1}]
print(sorted(recs, key=operator.itemgetter("v")), sorted([(1, "b"), (1, "a"), (0, "z")]))
class Obj:
    def __init__(self, k): self.k = k
    def __repr__(self): return f"O{self.k}"
print(sorted([Obj(3), Obj(1)], key=operator.attrgetter("k")))
try:
    sorted([Obj(1), Obj(2)])
except TypeError as e:
    print("TypeError", e)
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError", e)
try:
    [3, 1].sort(lambda x: x)
except TypeError as e:
    print("TypeError", e)
print(sorted("hello"), sorted((3, 1, 2)), sorted({3: 0, 1: 0}), sorted({5, 2, 8}), sorted([]))
print(sorted([2.5, 1, True, -3]), sorted([[2], [1, 5], [1]]), sorted([(2, "a"), (1, "b")], reverse=True))
data = [(i % 3, i) for i in range(12)]
print(sorted(data, key=lambda t: t[0]))
print(sorted(data, key=lambda t: t[0], reverse=True))
import functools
def cmp(a, b):
    return (a > b) - (a < b)
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: cmp(b, a))))
M = [4, 2, 7]
def mutate_key(x):
    return x
M.sort(key=mutate_key)
print(M, sorted(range(10), key=lambda x: x % 2 == 0))
nan = float("nan")
print(sorted([-1.0, -2.0, 3.0]), len(sorted([1.0, nan, 0.5])))
big = list(range(1000, 0, -1))
big.sort()
print(big[:5], big[-3:], sorted(big, reverse=True)[:3])
