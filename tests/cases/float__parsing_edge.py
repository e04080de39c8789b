# float() parsing and repr round-trips over many values.
import random
rng = random.Random(12345)
ok = 0
samples = []
for _ in range(2000):
    v = rng.uniform(-1e6, 1e6) * 10 ** rng.randint(-20, 20)
    if float(repr(v)) == v:
        ok += 1
    samples.append(v)
print(ok)
print([repr(v) for v in samples[:12]])
print(rng.random(), rng.randint(1, 100), rng.choice("abcdef"), rng.sample(range(10), 3))
for s in ["1e-320", "4.9e-324", "2.4703282292062328e-324", "2.4703282292062327e-324", "1.7976931348623158e308",
          "1.7976931348623159e308", "0.1e1", "00001.5", "1_2.3_4e1_0", "-.0e-0", "+inf", "iNfInItY", "nAn"]:
    print(s, repr(float(s)))
for s in ["0.30000000000000004", "1.0000000000000002", "123456789.12345678", "9.999999999999999e22"]:
    print(s, repr(float(s)), float(s) == float(repr(float(s))))
print(repr(1e23), repr(8.41e21), repr(5e-324 * 3), repr(2.0 ** -1074), repr(0.1 * 0.1))
print(float("1e-7"), float("12e+4"), float("-1.0E5"), float("0x10".lstrip("0x")), float(" \t+1.5\n"))
print(repr(float("0.1") * 3), repr(sum([0.1] * 3)), 0.1 * 3 == 0.30000000000000004)
