# memoryview basics: slicing without copy, tobytes, tolist, release, formats.
data = bytearray(b"abcdef")
mv = memoryview(data)
print(len(mv), mv[0], mv[-1], mv[1:4].tobytes(), mv.tolist(), mv.readonly, mv.format, mv.itemsize)
mv[0] = ord("A")
mv[1:3] = b"BC"
print(data)
sub = mv[2:5]
sub[0] = ord("z")
print(data, sub.tobytes(), bytes(sub), sub.nbytes, sub.ndim, sub.shape, sub.strides)
ro = memoryview(b"readonly")
print(ro.readonly, ro[:4].tobytes(), ro.hex(), ro == b"readonly", ro.obj == b"readonly")
try:
    ro[0] = 1
except TypeError as e:
    print("TypeError", e)
try:
    mv[0:2] = b"xyz"
except ValueError as e:
    print("ValueError", e)
ints = memoryview(bytearray(8)).cast("i")
ints[0] = 7
ints[1] = -1
print(ints.tolist(), ints.format, ints.itemsize, len(ints), ints.nbytes)
with memoryview(b"ctx") as m:
    print(m.tobytes())
try:
    m.tobytes()
except ValueError as e:
    print("ValueError", e)
mv2 = memoryview(bytearray(b"xy"))
mv2.release()
try:
    len(mv2)
except ValueError as e:
    print("ValueError", e)
try:
    memoryview("str")
except TypeError as e:
    print("TypeError", e)
print(list(memoryview(b"ab")), memoryview(b"abc")[::2].tobytes(), bytes(memoryview(b"q")))
import array
arr = array.array("h", [1, 2, 3])
am = memoryview(arr)
print(am.format, am.itemsize, am.tolist(), am[1], am.cast("B").tolist())
