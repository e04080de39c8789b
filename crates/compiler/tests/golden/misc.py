import a.b.c
import a.b as ab
from .m import x as y, z
from os import *
a, *b, c = seq
x = 1 < y <= 3
s = f"{v!r:>{w}} and {u=}"
del a.b, c[1:2], d
assert cond, "msg"
big = 123456789012345678901234567890
z = -1j + 2.5
