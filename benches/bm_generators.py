"""Generator pipelines: chained generators, yield from, send(), genexprs, close()."""
import sys


def integers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x


def squares(src):
    for x in src:
        yield x * x


def windowed(src, size):
    buf = []
    for x in src:
        buf.append(x)
        if len(buf) == size:
            yield tuple(buf)
            del buf[0]


def chunked(src, size):
    chunk = []
    for x in src:
        chunk.append(x)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def flatten(tree):
    """Recursive flatten using yield from."""
    for node in tree:
        if isinstance(node, list):
            yield from flatten(node)
        else:
            yield node


def build_tree(depth, start):
    if depth == 0:
        return [start, start + 1, start + 2]
    return [build_tree(depth - 1, start * 3 + i) for i in range(3)] + [start]


def delegating(n):
    total = yield from inner_sum(n)
    yield ("total", total)


def inner_sum(n):
    s = 0
    for i in range(n):
        s += i
        yield i
    return s


def accumulator():
    """Coroutine-style generator driven with send()."""
    total = 0
    count = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
        count += 1
    return count


def running_average():
    total = 0.0
    count = 0
    avg = None
    while True:
        x = yield avg
        total += x
        count += 1
        avg = total / count


class Countdown(object):
    """Iterator protocol implemented with a generator __iter__."""

    def __init__(self, n):
        self.n = n

    def __iter__(self):
        n = self.n
        while n > 0:
            yield n
            n -= 1


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def take(n, it):
    for x in it:
        if n <= 0:
            return
        n -= 1
        yield x


def run(n):
    checksum = 0
    # 1. linear pipeline
    s = sum(squares(evens(integers(n))))
    checksum = (checksum + s) % 1000000007
    # 2. windows + chunks + genexpr
    w = sum(a * b - c for a, b, c in windowed(integers(n // 2), 3))
    c = sum(len(ch) + ch[0] for ch in chunked(integers(n // 2), 7))
    checksum = (checksum * 31 + w + c) % 1000000007
    # 3. recursive yield from
    tree = build_tree(7, 1)
    f = 0
    for k, v in enumerate(flatten(tree)):
        f = (f * 17 + v * (k + 1)) % 1000000007
    checksum = (checksum * 31 + f) % 1000000007
    # 4. yield from with return value
    last = None
    for item in delegating(n // 4):
        last = item
    checksum = (checksum * 31 + last[1]) % 1000000007
    # 5. send() driven coroutines
    acc = accumulator()
    next(acc)
    for i in range(n // 4):
        acc.send(i % 13)
    try:
        acc.send(None)
    except StopIteration as e:
        checksum = (checksum * 31 + e.value) % 1000000007
    ra = running_average()
    next(ra)
    avg = 0.0
    for i in range(n // 4):
        avg = ra.send(float(i % 100))
    ra.close()
    checksum = (checksum * 31 + int(avg * 1000)) % 1000000007
    # 6. class iterators, take() on infinite generators, generator expressions
    cd = sum(x for x in Countdown(n // 4) if x % 3)
    fb = 0
    for x in take(300, fib()):
        fb = (fb + x) % 1000000007
    nested = sum(sum(j for j in range(i % 10)) for i in range(n // 8))
    checksum = (checksum * 31 + cd + fb + nested) % 1000000007
    # 7. zip/map/filter over generators
    z = sum(map(lambda ab: ab[0] ^ ab[1], zip(integers(n // 4), squares(integers(n // 4)))))
    fl = len(list(filter(None, (x % 5 for x in integers(n // 4)))))
    checksum = (checksum * 31 + z + fl) % 1000000007
    return checksum


def main(n, reps):
    for _ in range(reps):
        result = run(n)
    print("generators checksum: %d" % result)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 300000, 8)
