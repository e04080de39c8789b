# __len__/__bool__, __iter__/__next__, __getitem__ iteration fallback,
# __reversed__, __contains__ fallback, iter() errors.
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self):
        n = self.n
        while n > 0:
            yield n
            n -= 1
    def __len__(self): return self.n
    def __reversed__(self): return iter(range(1, self.n + 1))
c = Countdown(4)
print(list(c), len(c), bool(c), bool(Countdown(0)), list(reversed(c)))
print(3 in c, 9 in c, sorted(c), sum(c), max(c), tuple(c))
class Legacy:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return chr(ord("a") + i)
print(list(Legacy()), "b" in Legacy(), list(enumerate(Legacy())))
it = iter(Legacy())
print(type(it).__name__, next(it), next(it), next(it), next(it, "end"))
class KeyErrorStops:
    def __getitem__(self, i):
        raise KeyError(i)
try:
    list(KeyErrorStops())
except KeyError as e:
    print("KeyError propagates", e)
class NotIter:
    pass
try:
    iter(NotIter())
except TypeError as e:
    print("TypeError", e)
try:
    for _ in 5:
        pass
except TypeError as e:
    print("TypeError", e)
class IterNone:
    __iter__ = None
    def __getitem__(self, i): return i
try:
    iter(IterNone())
except TypeError as e:
    print("TypeError", e)
class BadIter:
    def __iter__(self): return 5
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError", e)
class Manual:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return self.i
print(list(Manual()), [x * 2 for x in Manual()])
try:
    len(Manual())
except TypeError as e:
    print("TypeError", e)
class BigLen:
    def __len__(self): return 2 ** 70
try:
    len(BigLen())
except OverflowError as e:
    print("OverflowError", e)
class FloatLen:
    def __len__(self): return 1.0
try:
    len(FloatLen())
except TypeError as e:
    print("TypeError", e)
class NoReversed:
    def __len__(self): return 3
    def __getitem__(self, i): return i * 10
print(list(reversed(NoReversed())))
try:
    reversed(Manual())
except TypeError as e:
    print("TypeError", e)
