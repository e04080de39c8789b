# min/max with key/default, sum with start, abs, any/all, len.
print(max(3, 1, 2), min(3, 1, 2), max([1, 5, 2]), min("hello"), max("a", "B"), max([[1], [0, 5]]))
print(max([1, -5, 3], key=abs), min(["aa", "b", "ccc"], key=len), max({"a": 3, "b": 1}, key={"a": 3, "b": 1}.get))
print(max([], default="empty"), min([], default=None), max([7], default=0), min((), key=len, default=-1))
print(max([2, 2.0]), max([2.0, 2]), min([1, True]), max("ab", "ab ", key=len))
for bad in [lambda: max([]), lambda: min(), lambda: max(1), lambda: max(1, 2, default=0), lambda: max([1, "a"]),
            lambda: min([1], bogus=1)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(sum([1, 2, 3]), sum([1, 2], 10), sum([[1], [2]], []), sum((0.1, 0.2)), sum([], 5), sum(range(10), start=-45))
for bad in [lambda: sum(["a", "b"], ""), lambda: sum([b"a"], b""), lambda: sum([1, "a"])]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
print(abs(-5), abs(5.5), abs(-0.0), abs(3 + 4j), abs(True), abs(-(10 ** 30)))
print(any([]), all([]), any([0, "", None]), any([0, 1]), all([1, "x", [0]]), all([1, 0]))
print(any(x > 3 for x in range(5)), all(x < 3 for x in range(5)), any(iter([False, True])))
print(len("abc"), len([1]), len({}), len(range(3, 10)), len(b"xy"), len({1, 2}), len((1,) * 7))
try:
    len(5)
except TypeError as e:
    print("TypeError", e)
print(min(range(5), key=lambda v: (v - 3) ** 2), max(enumerate("zay"), key=lambda p: p[1]))
print(max(1, 2, key=lambda v: -v), min([(1, "b"), (1, "a")]), max({3, 1, 2}))
