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
