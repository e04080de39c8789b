# range in loops and algorithms: negative steps, empty ranges, big ranges, reversed, slicing arithmetic.
print([i for i in range(10, -1, -2)], [i for i in range(-5, 5, 3)], list(range(5, 0)))
r = range(3, 100, 7)
print(len(r), r[5], r[-2], r.index(38), list(r[3:6]), r[3:6], r[::-2][:3], 52 in r, 53 in r)
print(range(0, 10)[2:8:3], range(10)[::-1][2], range(1, 20, 4)[1:][::2])
print(sum(range(1, 1001)), sum(range(0, 1001, 5)), max(range(-10, 0)), min(range(5, 10)))
print(list(zip(range(3), range(10, 13))), list(enumerate(range(5, 8))))
big = range(-10 ** 18, 10 ** 18, 10 ** 17)
print(len(big), big[7], big.index(0), (10 ** 17) * 3 in big, 5 in big)
print(range(0, 5) == range(0, 6, 100) , range(1, 2) == range(1, 3, 5), range(0) == range(-5))
print([list(range(i)) for i in range(4)])
total = 0
for i in range(100):
    for j in range(i):
        total += 1
print(total)
print(list(range(2, 30, 3))[::2], tuple(range(3)), set(range(3)), "".join(str(i) for i in range(10)))
r2 = range(5)
it1, it2 = iter(r2), iter(r2)
print(next(it1), next(it1), next(it2))
print(reversed(range(3)).__class__.__name__, list(reversed(range(0, 10, 3))))
print(range(10).count(3), range(0, 10, 2).count(3), range(3).__contains__(2))
