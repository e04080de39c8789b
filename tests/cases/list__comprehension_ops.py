# Common list operations: min/max/sum, slicing copies, aliasing, enumerate/zip.
a = [1, 2, 3]
b = a
c = a[:]
a.append(4)
print(b, c, a is b, a is c)
grid = [[0] * 3 for _ in range(3)]
grid[0][0] = 1
print(grid)
print(sum(a), min(a), max(a), sum([[1], [2]], []), sum([0.5, 0.25]), len(a))
print(list(enumerate(a)), list(zip(a, "abcd")), list(map(str, a)), list(filter(None, [0, 1, "", "x"])))
stack = []
stack.append(1); stack.append(2)
print(stack.pop(), stack)
queue = [1, 2, 3]
print(queue.pop(0), queue)
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for i, row in enumerate(matrix)], [r[::-1] for r in matrix[::-1]])
print([x for row in matrix for x in row if x % 2])
print(list(map(list, zip(*matrix))))
print([i * j for i in range(1, 4) for j in range(1, 4)])
flat = []
for row in matrix:
    flat += row
print(flat, flat[::4], flat[1::3])
print(list(reversed(flat))[:3], flat.index(5), 5 in flat)
uniq = []
for v in [3, 1, 3, 2, 1]:
    if v not in uniq:
        uniq.append(v)
print(uniq, list(dict.fromkeys([3, 1, 3, 2, 1])))
print([0] * 0, [None] * 2, [1, 2] * 2)
x = [1, 2, 3, 4, 5, 6]
x[1:5] = []
print(x)
x[1:1] = [7, 8]
print(x)
x[:] = range(3)
print(x)
print([[1, 2], [3]] == [[1, 2], [3]], [1, [2]] != [1, [3]])
print(max([[1, 2], [1, 3], [0, 9]]), min([[], [1]]), sorted([[3], [1, 2], []]))
y = list(range(10))
print(y[-3:], y[:-7], y[3:-3], y[-1:-4:-1], y[::-3])
