# Every assignment form: simple, chained, tuple/list unpacking, starred,
# augmented, annotated, subscript and attribute targets.
a = 1
b = c = d = 2
print(a, b, c, d)
x, y = 3, 4
print(x, y)
x, y = y, x
print(x, y)
[p, q] = "pq"
print(p, q)
(r, (s, t)) = (5, (6, 7))
print(r, s, t)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = range(5)
print(init, last)
h, *mid, tl = "abcdef"
print(h, mid, tl)
*allof, = (9, 8)
print(allof)
n = 10
n += 5; print(n)
n -= 3; print(n)
n *= 2; print(n)
n //= 5; print(n)
n **= 3; print(n)
n %= 7; print(n)
n <<= 4; print(n)
n >>= 1; print(n)
n |= 1; print(n)
n &= 0b1110; print(n)
n ^= 0xff; print(n)
f = 7.0
f /= 2; print(f)
m = [[1, 2], [3, 4]]
m[0][1] = 20
m[1][:] = [30, 40, 50]
print(m)
class Box: pass
bx = Box()
bx.val = 1
bx.val += 41
print(bx.val)
dct = {}
dct["k"] = dct.get("k", 0) + 1
dct["k"] += 1
print(dct)
ann: int = 5
print(ann)
unbound: str
try:
    print(unbound)
except NameError as e:
    print("NameError", e)
i = 0
lst = [0, 0, 0]
i, lst[i] = 1, 9
print(i, lst)
for k, (v1, v2) in [("a", (1, 2)), ("b", (3, 4))]:
    print(k, v1 + v2)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError", e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("ValueError", e)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError", e)
try:
    a, b = 5
except TypeError as e:
    print("TypeError", e)
