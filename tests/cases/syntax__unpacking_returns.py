# Unpacking in return, yield, for, with, lambda args, and in subscripts.
def pair():
    return 1, 2
def star_return(*a):
    return (*a, "end")
def gen():
    yield 1, 2
    yield *"ab", "c"
print(pair(), star_return(0, 1), list(gen()))
(a, b), c = pair(), 3
print(a, b, c)
def kw(**k):
    return k
print(kw(**{"a": 1}, **dict(b=2)))
class Ctx:
    def __enter__(self):
        return (1, (2, 3))
    def __exit__(self, *a):
        pass
with Ctx() as (x, (y, z)):
    print(x, y, z)
d = {}
d["a"], d["b"] = "AB"
print(d)
lst = [0, 0]
lst[0], lst[1] = lst[1] + 1, lst[0] + 2
print(lst)
first, *middle, last = range(10)
print(first, middle, last)
head, *tail = [1]
print(head, tail)
[[p, q], [r]] = [[1, 2], [3]]
print(p, q, r)
for (i, j), k in zip([(1, 2), (3, 4)], "xy"):
    print(i, j, k)
m = [[1, 2], [3, 4]]
print([a * b for a, b in m])
print({k: v for k, v in [("a", 1), ("b", 2)]})
swap = [1, 2, 3]
swap[0], swap[2] = swap[2], swap[0]
print(swap)
x = y = z = 0
x, y = y, x = 1, 2
print(x, y)
t = 1, 2, 3
u, v, w = t
print(u + v + w)
def multi():
    return [1, 2], {"k": "v"}
(l1, l2), dd = multi()
print(l1, l2, dd)
nested = [(1, [2, (3, 4)])]
for a, [b, (c, d2)] in nested:
    print(a, b, c, d2)
