# A custom sequence that uses slice.indices to support every slice form like a list.
class Span:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
    def __getitem__(self, key):
        if isinstance(key, slice):
            start, stop, step = key.indices(self.n)
            return [i * 10 for i in range(start, stop, step)]
        if isinstance(key, int):
            if key < 0:
                key += self.n
            if not 0 <= key < self.n:
                raise IndexError("Span index out of range")
            return key * 10
        raise TypeError(f"Span indices must be integers or slices, not {type(key).__name__}")
s = Span(8)
ref = [i * 10 for i in range(8)]
tests = [slice(None), slice(2, 6), slice(None, None, -1), slice(-3, None), slice(6, 1, -2), slice(100, -100, -3), slice(1, 7, 4)]
for t in tests:
    print(t, s[t], s[t] == ref[t])
print(s[0], s[-1], s[3])
for k in [8, -9, "a", 1.5]:
    try:
        s[k]
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
print(list(s) if False else [s[i] for i in range(len(s))], 30 in [s[i] for i in range(len(s))])
print(slice(2, None, None).indices(10), slice(None, 2).indices(10), slice(None, None, 3).indices(10))
