# Slice assignment and deletion on lists and bytearrays: extended slices, growth, shrink.
L = list(range(10))
L[2:5] = ["a"]
print(L)
L[2:2] = ["x", "y", "z"]
print(L)
L[-3:] = []
print(L)
L[::3] = [0] * len(L[::3])
print(L)
try:
    L[::2] = [1, 2]
except ValueError as e:
    print("ValueError", e)
del L[::-2]
print(L)
M = list(range(20))
del M[5:15:3]
print(M)
M[1:19:4] = "ABCDE"[:len(M[1:19:4])]
print(M)
N = [1, 2, 3]
N[10:] = [4]
print(N)
N[:-10] = [0]
print(N)
N[1:-1] = []
print(N)
ba = bytearray(b"abcdefgh")
ba[::2] = b"ABCD"
print(ba)
del ba[1::2]
print(ba)
ba[1:1] = b"--"
print(ba)
try:
    ba[::2] = b"toolong"
except ValueError as e:
    print("ValueError", e)
s = slice(1, 4)
T = list("hello world")
T[s] = "ELL"
print("".join(T))
del T[slice(None, None, 2)]
print("".join(T))
U = [1, 2, 3, 4]
U[1:3] = U
print(U)
V = [1, 2, 3]
V[:] = V[::-1]
print(V)
W = list(range(6))
W[4:1:-1] = ["c", "b", "a"]
print(W)
