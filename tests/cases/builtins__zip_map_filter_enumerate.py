# zip (strict), map with several iterables, filter, enumerate start, reversed.
print(list(zip()), list(zip([1])), list(zip([1, 2], "ab", (True, False))), list(zip(range(5), "ab")))
print(list(zip([1, 2], [3, 4], strict=True)))
for a, b in [([1, 2, 3], [1, 2]), ([1], [1, 2])]:
    try:
        list(zip(a, b, strict=True))
    except ValueError as e:
        print("ValueError", e)
try:
    list(zip([1], [2], [3, 4], strict=True))
except ValueError as e:
    print("ValueError", e)
try:
    zip(1)
except TypeError as e:
    print("TypeError", e)
print(list(map(abs, [-1, 2, -3])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(str.upper, "ab")))
print(list(map(pow, [2, 3], [5, 2], [7, 5])))
try:
    map(None)
except TypeError as e:
    print("TypeError", e)
try:
    list(map(5, [1]))
except TypeError as e:
    print("TypeError", e)
print(list(filter(lambda x: x % 2, range(10))), list(filter(None, [0, 1, [], [0], "", "a"])), list(filter(str.isdigit, "a1b2")))
print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate([], 5)), list(enumerate("x", start=-1)))
e = enumerate(["a", "b"])
print(next(e), next(e), next(e, "done"))
z = zip("ab", "cd")
print(next(z), list(z), list(z))
m = map(int, ["1", "x", "3"])
print(next(m))
try:
    next(m)
except ValueError as ex:
    print("ValueError", ex)
print(next(m))
print(type(zip()).__name__, type(map(int, [])).__name__, type(filter(None, [])).__name__, type(enumerate([])).__name__)
print(dict(zip("abc", range(3))), list(zip(*[(1, "a"), (2, "b")])), [list(t) for t in zip(*["ab", "cd"])])
print(sorted(map(len, ["aaa", "b", "cc"])), sum(map(int, "12345")), "".join(map(chr, range(65, 70))))
