# Assignment expressions and conditional expressions.
data = [1, 5, 12, 7, 30]
if (n := len(data)) > 3:
    print("long list", n)
big = [y for x in data if (y := x * 2) > 10]
print(big, y)
import io
buf = io.StringIO("line1\nline2\nline3\n")
while (line := buf.readline()):
    print("read", line.strip())
print((a := 10) + a)
def f(v):
    return (w := v + 1) * w
print(f(3))
print([(i, sq) for i in range(5) if (sq := i * i) % 2 == 0])
total = 0
print([total := total + v for v in [1, 2, 3]], total)
x = 5
print("pos" if x > 0 else "neg" if x < 0 else "zero")
x = 0
print("pos" if x > 0 else "neg" if x < 0 else "zero")
print((lambda v: "even" if v % 2 == 0 else "odd")(7))
print(1 if True else 1 / 0)
print(1 / 1 if False else "lazy")
z = [1, 2] if x else [3]
print(z)
def side(tag, val):
    print("eval", tag)
    return val
print(side("a", 1) if side("cond", False) else side("b", 2))
print((p := 3, p + 1))
print(any((hit := v) > 10 for v in data), hit)
def walrus_in_comp_scope():
    [q := i for i in range(3)]
    return q
print(walrus_in_comp_scope())
if not (m := None):
    print("m is", m)
print(f"{(r := 4) * 2} {r}")
