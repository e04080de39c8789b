# Iteration protocol errors: __iter__ = None, __iter__ returning non-iterators, len() errors,
# reversed() fallbacks.
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
