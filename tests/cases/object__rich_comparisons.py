# Rich comparisons: reflection, NotImplemented, total_ordering, defaults.
class C:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"C({self.v})"
    def __eq__(self, o):
        print("eq", self, o)
        return isinstance(o, C) and self.v == o.v
    def __lt__(self, o):
        print("lt", self, o)
        return NotImplemented if not isinstance(o, C) else self.v < o.v
    def __gt__(self, o):
        print("gt", self, o)
        return NotImplemented if not isinstance(o, C) else self.v > o.v
print(C(1) == C(1), C(1) != C(2))
print(C(1) < C(2), C(1) > C(2))
print(C(3) == 3)
try:
    C(1) < 5
except TypeError as e:
    print("TypeError", e)
try:
    C(1) <= C(2)
except TypeError as e:
    print("TypeError", e)
class Sub(C):
    def __gt__(self, o):
        print("Sub.gt")
        return True
print(C(1) < Sub(0))
import functools
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2), V(2) >= V(2))
print(sorted([V(3), V(1), V(2)], key=lambda x: x).__len__(), [v.v for v in sorted([V(3), V(1), V(2)])])
class Plain: pass
p = Plain()
print(p == p, p != p, p == Plain(), p != Plain())
try:
    p < p
except TypeError as e:
    print("TypeError", e)
class NeOnly:
    def __eq__(self, o): return "eq-result"
print(NeOnly() == 1, NeOnly() != 1)
class Weird:
    def __eq__(self, o): return NotImplemented
w = Weird()
print(w == w, w == Weird(), w != w)
print([C(1)] == [C(1)])
x = C(5)
print([x] == [x])
class AlwaysLt:
    def __lt__(self, o): return True
print(sorted([AlwaysLt(), AlwaysLt()]).__len__())
print(max([C(1), C(5), C(3)], key=lambda c: c.v))
