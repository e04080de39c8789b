# list methods: append/extend/insert/remove/pop/clear/index/count/reverse/copy.
L = [3, 1, 4]
L.append(1); L.extend([5, 9]); L.extend("ab"); L.extend(range(2)); L.insert(0, "first")
L.insert(100, "last"); L.insert(-1, "before-last"); L.insert(-100, "very-first")
print(L)
print(L.pop(), L.pop(0), L.pop(-2), L)
L.remove(1)
print(L, L.index(1), L.index(5, 2), L.count(1), L.count("zz"))
for bad in [lambda: L.remove("zz"), lambda: L.index("zz"), lambda: [].pop(), lambda: L.pop(100),
            lambda: L.index(3, 5, 6), lambda: L.insert("x", 1)]:
    try:
        bad()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
c = L.copy()
c.reverse()
print(c, L == c[::-1], c is not L)
c.clear()
print(c, len(c))
print(list(), list("abc"), list((1, 2)), list({1: 2}), list(range(3)), list(x for x in "xy"))
print([1, 2] + [3], [0] * 3, 2 * [None], [[]] * 2, [1, 2] * 0)
nested = [[]] * 3
nested[0].append(1)
print(nested)
try:
    [1] + (2,)
except TypeError as e:
    print("TypeError", e)
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 9], [1, 2] == [1, 2.0])
print(len([]), len([[], []]), bool([]), bool([0]), [1, [2, [3]]][1][1][0])
print(sorted(dir(list)) == sorted(dir([])), [m for m in dir(list) if not m.startswith("_")])
a = [1, 2, 3]
a[1:2] = [20, 21, 22]
print(a)
a[::2] = ["x"] * len(a[::2])
print(a)
try:
    a[::2] = [1]
except ValueError as e:
    print("ValueError", e)
del a[1::2]
print(a)
a[5:] = [7]
a[:0] = [0]
print(a, a.__len__(), a.__getitem__(0), a.__contains__("x"))
print(repr([1, "a", None, 1.5, [2]]), str(["é"]), [1, 2].__repr__())
