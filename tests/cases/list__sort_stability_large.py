# Sorting many records: stability across multiple passes, key caching, reverse stability.
import random
rng = random.Random(7)
records = [(rng.randint(0, 9), rng.choice("abcde"), i) for i in range(500)]
by_letter = sorted(records, key=lambda r: r[1])
by_both = sorted(by_letter, key=lambda r: r[0])
direct = sorted(records, key=lambda r: (r[0], r[1]))
print([r[:2] for r in by_both] == [r[:2] for r in direct])
print(all(a[2] < b[2] for a, b in zip(by_both, by_both[1:]) if a[:2] == b[:2]))
rev = sorted(records, key=lambda r: r[0], reverse=True)
print(all(a[2] < b[2] for a, b in zip(rev, rev[1:]) if a[0] == b[0]))
print(rev[:3], by_both[:3])
calls = []
def key(r):
    calls.append(1)
    return r[2] % 13
sorted(records, key=key)
print(len(calls))
nums = [rng.random() for _ in range(2000)]
s = sorted(nums)
print(all(a <= b for a, b in zip(s, s[1:])), round(s[0], 6), round(s[-1], 6))
words = [rng.choice(["pear", "Apple", "fig", "banana", "Cherry"]) for _ in range(20)]
print(sorted(words, key=str.casefold))
print(sorted(range(20), key=lambda v: (v % 3, -v)))
