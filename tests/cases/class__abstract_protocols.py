# Abstract base classes from collections.abc: mixin methods from a few abstract ones.
from collections.abc import Sequence, MutableMapping, Set, Iterator, Container, Callable
class Squares(Sequence):
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.n))]
        if i < 0: i += self.n
        if not 0 <= i < self.n: raise IndexError("out of range")
        return i * i
sq = Squares(6)
print(list(sq), sq[2], sq[-1], sq[1:4], 16 in sq, sq.index(9), sq.count(4), list(reversed(sq)))
class LowerDict(MutableMapping):
    def __init__(self): self._d = {}
    def __getitem__(self, k): return self._d[k.lower()]
    def __setitem__(self, k, v): self._d[k.lower()] = v
    def __delitem__(self, k): del self._d[k.lower()]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
ld = LowerDict()
ld["A"] = 1
ld.update(B=2, c=3)
print(dict(ld), ld["a"], ld.get("Z", "dflt"), "b" in ld, ld.pop("C"), ld.setdefault("d", 4), sorted(ld.items()))
print(ld == {"a": 1, "b": 2, "d": 4}, len(ld), list(ld.keys()))
class Bits(Set):
    def __init__(self, it): self._s = sorted(set(it))
    def __contains__(self, x): return x in self._s
    def __iter__(self): return iter(self._s)
    def __len__(self): return len(self._s)
b1, b2 = Bits([1, 2, 3]), Bits([2, 3, 4])
print(list(b1 & b2), list(b1 | b2), list(b1 - b2), b1 <= Bits([1, 2, 3, 9]), b1.isdisjoint([7]))
class Countdown(Iterator):
    def __init__(self, n): self.n = n
    def __next__(self):
        if self.n <= 0: raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)), iter(Countdown(1)).__class__.__name__)
try:
    Sequence()
except TypeError as e:
    print("TypeError", e)
class Incomplete(MutableMapping):
    def __getitem__(self, k): return 1
try:
    Incomplete()
except TypeError as e:
    print("TypeError", e)
print(isinstance(sq, Container), isinstance(len, Callable), isinstance(ld, MutableMapping), isinstance({}, MutableMapping))
