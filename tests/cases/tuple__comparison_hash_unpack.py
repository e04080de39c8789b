# Tuple comparison is lexicographic with short-circuit on first difference; hashing; swap idioms.
class Loud:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        print("eq", self.v, o.v)
        return self.v == o.v
    def __lt__(self, o):
        print("lt", self.v, o.v)
        return self.v < o.v
a = (Loud(1), Loud(2))
b = (Loud(1), Loud(3))
print(a < b)
print(a == b)
print((1, 2, 3) < (1, 2, 4), (1, 2) < (1, 2, 0), (2,) > (1, 9, 9), () == (), (1,) != (1, 0))
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a")]))
try:
    (1, "a") < (1, 2)
except TypeError as e:
    print("TypeError", e)
print((1, "a") < (2, 2))
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) != hash((2, 1)), {(1, 2): "x"}[(1, 2)])
print(len({(i % 3, i % 2) for i in range(12)}))
x, y = 1, 2
x, y = y, x
print(x, y)
a1, b1, c1 = "abc"
print(c1, b1, a1)
t = tuple(range(5))
print(t[::2], t[-2:], t[1:-1], t.count(3), t.index(4), t + (5,), t * 2 == t + t)
nested = ((1, 2), (3, 4))
print([sum(p) for p in nested], tuple(map(sum, nested)), dict(nested))
print(tuple(zip(*nested)), max(nested, key=lambda p: p[1]))
print((1, 2) == [1, 2], tuple([1, 2]) == (1, 2), (1, (2, 3)) == (1, (2, 3)))
