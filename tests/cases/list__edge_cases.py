# list edge cases: self-reference, equality with nan, in-place ops, slice assignment with iterables.
a = [1, 2, 3]
a.append(a)
print(a, len(a), a[3] is a, a == a)
b = [1, 2]
b.extend(b)
print(b)
c = [1, 2]
c += c
print(c)
d = [1, 2]
d *= 3
print(d)
d *= 0
print(d)
nan = float("nan")
print([nan] == [nan], [nan].count(nan), [nan].index(nan), nan in [nan])
x = [1, 2, 3, 4, 5]
x[1:3] = (i * 10 for i in range(3))
print(x)
x[::-1] = range(len(x))
print(x)
x[:] = "ab"
print(x)
x[len(x):] = {9: 0}
print(x)
y = list(range(5))
y[-2:] = []
print(y)
y.insert(-1, "m")
print(y)
print(list(range(3)) * 2, [[]] * 0, [1] * -5)
lst = [3, 1, 2]
print(sorted(lst), lst, lst.sort(), lst)
print([1, 2] == (1, 2), list((1, 2)) == [1, 2])
try:
    [].index(1)
except ValueError as e:
    print("ValueError", e)
z = [0] * 5
for i in range(5):
    z[i] = z[i - 1] + i
print(z)
e = []
print(e[:], e[::-1], e[5:], e[-1:])
try:
    e[-1]
except IndexError as ex:
    print("IndexError", ex)
w = [1, 2, 3]
w[5:10] = [4]
w[-100:-99] = [0]
print(w)
print(list.__name__, type([]) is list, isinstance([], object), [].__class__.__name__)
print([*range(3)] + list("ab"), [None] * 3 == [None, None, None])
print(max([[1, 2], [1, 2, 0]]), [1, 2] < [1, 2, -1], [[1], [0]] > [[1]])
