# slice objects: attributes, indices(), use with __getitem__, reprs, hashing.
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None), slice(1, None), repr(slice("a", "b")))
print(s.indices(5), slice(None, None, -1).indices(5), slice(-3, None).indices(10), slice(-100, 100).indices(4))
print(slice(None, None, -2).indices(7), slice(10, -10, -3).indices(8), slice(0, 0).indices(0))
try:
    slice(None, None, 0).indices(5)
except ValueError as e:
    print("ValueError", e)
try:
    slice(1, 2).indices(-1)
except ValueError as e:
    print("ValueError", e)
L = list(range(10))
print(L[s], L[slice(None, None, -3)], "abcdef"[slice(1, -1)], (1, 2, 3)[slice(2)])
class Show:
    def __getitem__(self, key):
        return key
sh = Show()
print(sh[1:2], sh[::], sh[:5], sh[1:2:3], sh[1:2, 3], sh[..., 1:], sh["a":"b"], sh[::-1])
print(slice(1, 2) == slice(1, 2), slice(1, 2) != slice(1, 3), slice(1, 2) < slice(1, 3))
try:
    hash(slice(1, 2))
    print("slice hashable")
except TypeError as e:
    print("TypeError", e)
try:
    L[1:2:0]
except ValueError as e:
    print("ValueError", e)
try:
    L["a":]
except TypeError as e:
    print("TypeError", e)
class Idx:
    def __index__(self): return 2
print(L[Idx():Idx() * 3 if False else 6], L[:Idx()], "xyz"[Idx():])
ba = bytearray(b"0123456789")
ba[slice(0, 10, 3)] = b"abcd"
print(ba)
print(range(20)[slice(2, 15, 4)], tuple(range(10))[-2:-8:-2])
a = list(range(8))
a[slice(1, 3)] = "xyz"
print(a)
del a[slice(None, None, 2)]
print(a)
