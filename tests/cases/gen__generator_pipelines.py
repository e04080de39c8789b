# Generator pipelines, infinite generators with islice, generator-based state machines.
import itertools
def read_lines():
    for line in ["10 apples", "# comment", "", "3 pears", "7 plums", "bad line"]:
        yield line
def non_comment(lines):
    for l in lines:
        if l and not l.startswith("#"):
            yield l
def parse(lines):
    for l in lines:
        n, _, what = l.partition(" ")
        if n.isdigit():
            yield int(n), what
def totals(pairs):
    total = 0
    for n, what in pairs:
        total += n
        yield what, total
print(list(totals(parse(non_comment(read_lines())))))
def naturals():
    n = 0
    while True:
        yield n
        n += 1
def primes():
    seen = []
    for n in itertools.count(2):
        if all(n % p for p in seen):
            seen.append(n)
            yield n
print(list(itertools.islice(primes(), 15)))
print(list(itertools.islice((x * x for x in naturals() if x % 3 == 0), 5)))
def traffic_light():
    while True:
        yield "green"
        yield "yellow"
        yield "red"
print(list(itertools.islice(traffic_light(), 7)))
def chunked(it, n):
    it = iter(it)
    while chunk := list(itertools.islice(it, n)):
        yield chunk
print(list(chunked(range(10), 4)))
def window(seq, n):
    buf = []
    for x in seq:
        buf.append(x)
        if len(buf) > n:
            buf.pop(0)
        if len(buf) == n:
            yield tuple(buf)
print(list(window("abcde", 3)))
def flatten(nested):
    for x in nested:
        if isinstance(x, (list, tuple)):
            yield from flatten(x)
        else:
            yield x
print(list(flatten([1, (2, [3, (4,)]), [[5]]])))
gen = (c for c in "abc")
print(next(gen), list(zip(gen, naturals())))
def averager():
    total, count, avg = 0, 0, None
    while True:
        v = yield avg
        total += v
        count += 1
        avg = total / count
a = averager(); next(a)
print([a.send(v) for v in [10, 20, 60]])
