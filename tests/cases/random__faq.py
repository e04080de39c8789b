# faq: How do I generate random numbers in Python?
# seeds: 000 001 002 003
# needs: nothing
# random.random(), randrange(a, b), uniform(a, b), normalvariate(mean, sdev), choice(S), shuffle(L) and independent Random instances, all with fixed seeds: the exact values are CPython's (Mersenne Twister, seeding by int/str/bytes, getstate/setstate), so an implementation must be bit-identical.
import random

random.seed(12345)
print("random():", [random.random() for _ in range(5)])
print("randrange(10, 20):", [random.randrange(10, 20) for _ in range(10)])
print("randrange(0, 100, 5):", [random.randrange(0, 100, 5) for _ in range(5)])
print("randrange(10**20, 10**20 + 10**18):", random.randrange(10 ** 20, 10 ** 20 + 10 ** 18))
print("uniform(1.5, 2.5):", [random.uniform(1.5, 2.5) for _ in range(3)])
print("normalvariate(100, 15):", [random.normalvariate(100, 15) for _ in range(3)])
print("gauss(0, 1):", [random.gauss(0, 1) for _ in range(3)])
S = ["spam", "eggs", "ham", "bacon", "toast"]
print("choice(S):", [random.choice(S) for _ in range(6)])
L = list(range(12))
random.shuffle(L)
print("shuffle(L):", L)
print("randint(1, 6):", [random.randint(1, 6) for _ in range(10)])
print("sample:", random.sample(range(100), 5))
print("choices with weights:", random.choices("abc", weights=[5, 1, 1], k=8))
print("getrandbits(64):", random.getrandbits(64))
print("getrandbits(100):", random.getrandbits(100))
print("randbytes(8):", list(random.randbytes(8)))
print("expovariate(2):", random.expovariate(2))
print("triangular(0, 10, 3):", random.triangular(0, 10, 3))
print("betavariate/gammavariate:", random.betavariate(2, 5), random.gammavariate(2, 3))

# Same seed, same sequence.
random.seed(2024)
a = [random.random() for _ in range(3)]
random.seed(2024)
print("reseeding repeats the sequence:", a == [random.random() for _ in range(3)], a)

# Seeds of different types.
for seed in (0, 1, -1, 2 ** 100, "python", b"python", bytearray(b"python"), 3.5):
    random.seed(seed)
    print("seed(%r): %r %r" % (seed, random.random(), random.randrange(1000)))

# Independent generators: the Random class.
r1 = random.Random(42)
r2 = random.Random(42)
r3 = random.Random("another seed")
x1 = [r1.random() for _ in range(3)]
ignored = [r3.random() for _ in range(100)]  # does not disturb r1/r2
x2 = [r2.random() for _ in range(3)]
print("Random(42) twice agree:", x1 == x2, x1)
print("Random('another seed'):", r3.random(), r3.randrange(1, 7), r3.choice("XYZ"))
print("module functions untouched by instances:", random.random())

state = r1.getstate()
after = [r1.random() for _ in range(3)]
r1.setstate(state)
print("getstate/setstate replay:", after == [r1.random() for _ in range(3)])
print("state version and length:", state[0], len(state[1]))

sub = random.Random()
sub.seed(7)
print("shuffle with an instance:", sub.sample(S, len(S)))
print("uniform bounds respected:", all(3 <= random.Random(i).uniform(3, 4) <= 4 for i in range(100)))
