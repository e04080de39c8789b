# Custom containers: __getitem__/__setitem__/__delitem__ with ints, slices, keys; __missing__.
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __getitem__(self, key):
        if isinstance(key, tuple):
            x, y = key
            if not (0 <= x < self.w and 0 <= y < self.h):
                raise IndexError(f"cell {key} out of range")
            return self.cells.get(key, ".")
        raise TypeError(f"Grid indices must be (x, y), not {type(key).__name__}")
    def __setitem__(self, key, value):
        self[key]
        self.cells[key] = value
    def __delitem__(self, key):
        del self.cells[key]
    def __len__(self):
        return self.w * self.h
    def __iter__(self):
        for y in range(self.h):
            yield "".join(self[x, y] for x in range(self.w))
g = Grid(3, 2)
g[0, 0] = "#"
g[2, 1] = "@"
print(list(g), len(g), g[0, 0], g[1, 1])
del g[0, 0]
print(list(g))
for bad in [lambda: g[5, 5], lambda: g["x"], lambda: g.__delitem__((1, 1))]:
    try:
        bad()
    except (IndexError, TypeError, KeyError) as e:
        print(type(e).__name__, e)
class Seq:
    def __init__(self, data): self.data = list(data)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return Seq(self.data[i])
        return self.data[i]
    def __len__(self): return len(self.data)
    def __repr__(self): return f"Seq({self.data})"
s = Seq("abcdef")
print(s[1], s[-1], s[1:4], s[::2], s[::-1], list(s), "c" in s, len(s), list(reversed(s)))
class Logger:
    def __getitem__(self, key):
        return key
print(Logger()[1, 2:3, ...], Logger()[:, None])
class Missing(dict):
    def __missing__(self, key):
        self[key] = len(self)
        return self[key]
m = Missing()
print(m["a"], m["b"], m["a"], m)
