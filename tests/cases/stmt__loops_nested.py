# Loop edge cases: modifying while iterating, iterator exhaustion, nested breaks.
lst = [1, 2, 3, 4]
for x in lst:
    if x == 2:
        lst.remove(x)
    print("saw", x)
print(lst)
d = {"a": 1, "b": 2}
try:
    for k in d:
        d["c"] = 3
except RuntimeError as e:
    print("RuntimeError", e)
s = {1, 2, 3}
try:
    for v in s:
        s.add(v + 10)
except RuntimeError as e:
    print("RuntimeError", e)
it = iter([1, 2, 3, 4, 5])
for a in it:
    b = next(it, None)
    print("pair", a, b)
grid = [[1, 2], [3, 4], [5, 6]]
found = None
for r, row in enumerate(grid):
    for c, v in enumerate(row):
        if v == 4:
            found = (r, c)
            break
    if found:
        break
print("found", found)
for i in range(3):
    i = i * 10
    print("rebinding", i)
total = 0
for i in range(1, 101):
    if i % 2:
        continue
    total += i
print("even sum", total)
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps", steps)
for ch in "hi":
    for ch2 in "ab":
        pass
print(ch, ch2)
for (i, j), k in [((1, 2), 3)]:
    print(i, j, k)
for x, in [(1,), (2,)]:
    print("single", x)
class Obj: pass
o = Obj()
for o.attr in range(3):
    pass
print(o.attr)
m = {}
for m["k"] in "xyz":
    pass
print(m)
count = 0
while count < 1000000:
    count += 1
    if count == 5:
        break
print(count)
