# Starred expressions in calls, literals, and assignments.
def f(*a, **k):
    return a, k
print(f(*[1, 2], 3, *(4,), *range(2)))
print(f(**{"x": 1}, y=2, **{"z": 3}))
print(f(*"ab", **dict(c=1)))
print([*[1, 2], *(3, 4), *{5}, *"67", *range(8, 10)])
print((*[1], *[2, 3]), {*[1, 1], *[2]}, {**{"a": 1}, **{"b": 2}})
print(*[1, 2, 3])
print(*[], "only this")
a, *b = "x"
print(a, b)
*a, b = [1, 2]
print(a, b)
[a, *b, c] = range(6)
print(a, b, c)
(a, b), *c = [(1, 2), 3, 4]
print(a, b, c)
def gen():
    yield 1
    yield 2
print(*gen(), [*gen()], (*gen(),))
d = {"b": 2, "a": 1}
print([*d], {**d, "a": 0}, [*d.values()], [*d.items()])
try:
    f(*5)
except TypeError as e:
    print("TypeError", e)
try:
    f(**[1])
except TypeError as e:
    print("TypeError", e)
try:
    f(**{"x": 1}, x=2)
except TypeError as e:
    print("TypeError", e)
try:
    [*None]
except TypeError as e:
    print("TypeError", e)
try:
    {**[1]}
except TypeError as e:
    print("TypeError", e)
first, second, *_ = "abcdef"
print(first, second, _)
for a, *rest in [(1, 2, 3), (4,)]:
    print(a, rest)
x = *range(3),
print(x)
def ret():
    return 1, *[2, 3]
print(ret())
