# range membership/index/count with huge bounds must not iterate; non-int membership falls back.
r = range(0, 10 ** 30, 7)
print(7 * 10 ** 20 in r, 7 * 10 ** 20 + 1 in r, r.index(7 * 10 ** 20), r.count(14), len(range(0, 10 ** 18, 3)))
print(-5 in range(-10, 0), 0 in range(-10, 0), -10 in range(0, -20, -5), -20 in range(0, -20, -5))
print(3.0 in range(5), 3.5 in range(5), True in range(2), "3" in range(5))
class Eq3:
    def __eq__(self, o): return o == 3
print(Eq3() in range(5), Eq3() in range(4, 9))
for bad in [lambda: range(5).index(7), lambda: range(5).index(2.5)]:
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)
print(range(10 ** 20)[-1], range(-(10 ** 20), 0)[0], range(5)[-5], range(3, 30, 3)[::-1][0])
r2 = range(1, 100, 2)
print(r2[10:20], r2[10:20][2], len(r2[::-7]), list(r2[::-25]))
print(range(0, 1) == range(0, 1, 2), range(1, 1) == range(2, 2), hash(range(1, 2)) == hash(range(1, 2, 3)))
print(sorted({range(3): "a", range(0, 3): "b"}.values()), range(3).start, range(3).stop, range(3).step)
print([x for x in range(10) if x in range(2, 9, 3)], range(5, 0, -1).index(2), range(0, -9, -3).index(-6))
print(range(1, 10 ** 100, 7)[-1] == 10 ** 100 - 1 - (10 ** 100 - 2) % 7, range(10 ** 100)[12345], 10 ** 99 in range(0, 10 ** 100, 10))
