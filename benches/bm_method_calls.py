"""Method calls: deep call chains, properties, super(), class/static methods, dunder calls."""
import sys


class Base(object):
    def __init__(self, x):
        self._x = x

    @property
    def x(self):
        return self._x

    @x.setter
    def x(self, value):
        self._x = value

    def step(self, n):
        return n + 1

    def chain(self, n):
        return self.a(n)

    def a(self, n):
        return self.b(n) + 1

    def b(self, n):
        return self.c(n) + 1

    def c(self, n):
        return self.d(n) + 1

    def d(self, n):
        return self.e(n) + 1

    def e(self, n):
        return self.step(n)

    @classmethod
    def make(cls, x):
        return cls(x)

    @staticmethod
    def combine(a, b):
        return a * 3 + b

    def describe(self):
        return "Base"


class Middle(Base):
    def __init__(self, x):
        super().__init__(x)
        self.extra = 1

    def step(self, n):
        return super().step(n) + self.extra

    def describe(self):
        return "Middle<" + super().describe() + ">"


class Leaf(Middle):
    def __init__(self, x):
        super().__init__(x)
        self.extra = 2

    def step(self, n):
        return super().step(n) * 2

    def describe(self):
        return "Leaf<" + super().describe() + ">"


class Mixin(object):
    def tag(self):
        return 7


class Diamond(Mixin, Leaf):
    def step(self, n):
        return super().step(n) - self.tag()


class Counter(object):
    __slots__ = ("value",)

    def __init__(self):
        self.value = 0

    def inc(self, by=1):
        self.value += by
        return self

    def __call__(self, k):
        return self.inc(k).value

    def __len__(self):
        return self.value & 0xFF

    def __eq__(self, other):
        return isinstance(other, Counter) and other.value == self.value

    def __hash__(self):
        return self.value


class Temperature(object):
    def __init__(self, celsius):
        self._c = celsius

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, v):
        self._c = v

    @property
    def fahrenheit(self):
        return self._c * 9 // 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, f):
        self._c = (f - 32) * 5 // 9


def run(n):
    objs = [Base(1), Middle(2), Leaf(3), Diamond(4), Leaf.make(5), Diamond.make(6)]
    total = 0
    for i in range(n):
        o = objs[i % 6]
        total += o.chain(i)
        o.x = o.x + 1
        total += Base.combine(o.x, i & 7)
    names = "|".join(o.describe() for o in objs)
    c = Counter()
    for i in range(n):
        c.inc().inc(2)
        total += c(i & 3)
        total += len(c)
    t = Temperature(0)
    acc = 0
    for i in range(n):
        t.celsius = i % 200
        acc += t.fahrenheit
        t.fahrenheit = acc % 500
        acc += t.celsius
    bound = objs[3].chain
    for i in range(n // 2):
        acc += bound(i)
    unbound = Base.step
    for i in range(n // 2):
        acc += unbound(objs[0], i)
    eq = sum(1 for i in range(200) if Counter().inc(i % 5) == Counter().inc(i % 3))
    return total % 1000000007, acc % 1000000007, names, eq, [o.x for o in objs]


def main(n, reps):
    for _ in range(reps):
        result = run(n)
    print("method calls: %r" % (result,))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 50000, 12)
