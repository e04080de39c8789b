# In-place operator dunders, fallback to binary ops, and rebinding.
class Acc:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Acc({self.v})"
    def __iadd__(self, o):
        self.v += o
        return self
    def __isub__(self, o):
        self.v -= o
        return self
    def __imul__(self, o):
        return NotImplemented
    def __mul__(self, o):
        return Acc(self.v * o)
    def __ipow__(self, o):
        self.v **= o
        return self
    def __imatmul__(self, o):
        return "imatmul replaces the object"
a = Acc(1)
ident = a
a += 5
print(a, a is ident)
a -= 2
print(a, a is ident)
a *= 3
print(a, a is ident)
a **= 2
print(a)
a @= 1
print(a)
class Binary:
    def __init__(self, v): self.v = v
    def __add__(self, o): return Binary(self.v + o)
    def __floordiv__(self, o): return Binary(self.v // o)
    def __lshift__(self, o): return Binary(self.v << o)
b = Binary(10)
orig = b
b += 1; b //= 2; b <<= 3
print(b.v, b is orig)
L = [1]
L2 = L
L += [2]
print(L is L2, L)
L = L + [3]
print(L is L2, L, L2)
t = (1,)
t2 = t
t += (2,)
print(t, t2, t is t2)
s = {1}
s |= {2}; s &= {2, 3}; s ^= {4}; s -= {4}
print(s)
d = {"a": 1}
d |= {"b": 2}
print(d)
class Ops:
    def __init__(self): self.log = []
    def __ior__(self, o): self.log.append(("ior", o)); return self
    def __iand__(self, o): self.log.append(("iand", o)); return self
    def __ixor__(self, o): self.log.append(("ixor", o)); return self
    def __irshift__(self, o): self.log.append(("irshift", o)); return self
    def __imod__(self, o): self.log.append(("imod", o)); return self
    def __itruediv__(self, o): self.log.append(("itruediv", o)); return self
o = Ops()
o |= 1; o &= 2; o ^= 3; o >>= 4; o %= 5; o /= 6
print(o.log)
x = 5
try:
    x += "s"
except TypeError as e:
    print("TypeError", e)
tl = ([1],)
try:
    tl[0] += [2]
except TypeError as e:
    print("TypeError", e)
print(tl)
