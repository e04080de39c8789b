# iter() with sentinel, next() with default, callable iterators.
import io
buf = io.StringIO("a\nb\n\nc\n")
for line in iter(buf.readline, "\n"):
    print("line", repr(line))
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 5)))
it = iter([1, 2])
print(next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e))
try:
    next([1, 2])
except TypeError as e:
    print("TypeError", e)
try:
    iter(5, 0)
except TypeError as e:
    print("TypeError", e)
try:
    iter(5)
except TypeError as e:
    print("TypeError", e)
ci = iter(tick, 100)
print(type(ci).__name__, next(ci), iter(ci) is ci)
import functools
data = io.BytesIO(b"0123456789")
print(list(iter(functools.partial(data.read, 3), b"")))
it2 = iter("xy")
print(type(it2).__name__, list(it2), list(it2))
print(type(iter([])).__name__, type(iter(())).__name__, type(iter({})).__name__, type(iter(set())).__name__)
print(type(iter(range(3))).__name__, type(iter(b"")).__name__, type(iter({}.items())).__name__)
def raiser():
    raise ValueError("from callable")
try:
    next(iter(raiser, None))
except ValueError as e:
    print("ValueError", e)
print(next(iter(lambda: "s", "x")), list(iter([].pop if False else (lambda: 1), 1)))
lst = [1, 2, 3]
li = iter(lst)
next(li)
lst.append(4)
print(list(li))
print(list(iter(iter(iter([9])))))
