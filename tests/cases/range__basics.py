# range: construction, len, indexing, slicing, membership, equality, reprs, errors.
for r in [range(5), range(2, 10), range(10, 0, -3), range(0), range(5, 5), range(-3, 3, 2), range(0, -10, -4)]:
    print(repr(r), list(r), len(r), bool(r))
r = range(0, 100, 7)
print(r[0], r[-1], r[3], r[2:5], r[::-1], r[::3], r[-3:], list(r[1:4]), r.start, r.stop, r.step)
print(21 in r, 22 in r, 7.0 in r, "x" in r, r.index(49), r.count(49), r.count(50))
try:
    r.index(50)
except ValueError as e:
    print("ValueError", e)
try:
    r[100]
except IndexError as e:
    print("IndexError", e)
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError", e)
try:
    range()
except TypeError as e:
    print("TypeError", e)
print(range(0) == range(5, 5), range(0, 3) == range(0, 3, 1), range(1, 10, 3) == range(1, 11, 3), range(2) != [0, 1])
big = range(10 ** 20)
print(len(range(10 ** 18)), big[-1], 10 ** 19 in big, big[10 ** 19], big[::10 ** 19])
try:
    len(big)
except OverflowError as e:
    print("OverflowError", e)
print(list(reversed(range(5))), list(reversed(range(1, 10, 4))), sum(range(101)), max(range(7)))
print(hash(range(3)) == hash(range(0, 3)), {range(3): 1}[range(0, 3, 1)], type(range(1)).__name__)
it = iter(range(3))
print(type(it).__name__, next(it), list(it))
print(range(3).__len__(), range(5)[True], range(10)[-10], list(range(-5)))
print(str(range(2, 8, 2)), range(True), list(range(3, -3, -1)))
