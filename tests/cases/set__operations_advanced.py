# set algebra identities, comprehension, frozenset keys, set of tuples, methods taking iterables.
A = set(range(0, 20, 2))
B = set(range(0, 20, 3))
C = {1, 2, 3, 4, 5, 6}
print(A | B, A & B, A - B, A ^ B)
print((A | B) - (A & B) == A ^ B, A - (B | C) == (A - B) & (A - C), A & (B | C) == (A & B) | (A & C))
print(A.union(B, C) == A | B | C, A.intersection(B, C), A.difference(B, C), A.symmetric_difference(C))
print(A.issubset(A), A < A, A <= A | B, A.issuperset(A & B), {0} < A)
s = set()
for i in range(100):
    s.add(i % 7)
print(s, len(s))
pairs = {(x, y) for x in range(3) for y in range(3) if x != y}
print(sorted(pairs), len(pairs))
print(frozenset({frozenset({1}), frozenset({1})}), {frozenset("ab"): 1} == {frozenset("ba"): 1})
e = {1, 2, 3}
e.update(range(3, 6), [10])
print(e)
e.intersection_update(range(5), range(2, 10))
print(e)
e.difference_update([2], (3,))
print(e)
print(set([1, 2]) == frozenset([1, 2]), set() == frozenset(), {1} != {1, 2})
print(sorted({"b", "a", "c"}), sorted(set("mississippi")), len(set("mississippi")))
print({x for x in range(10) if x % 2} | {100}, set(map(abs, [-1, 1, -2])))
print(max({4, 9, 1}), min({4, 9, 1}), sum({1, 2, 3}), sorted({3, 1, 2}, reverse=True))
big = set(range(100000))
big -= set(range(0, 100000, 2))
print(len(big), 99999 in big, 99998 in big, min(big), max(big))
print({1, 2, 3}.isdisjoint([4, 5]), {1, 2}.isdisjoint(iter([2])))
s2 = {5, 6}
print(s2.pop() in {5, 6}, len(s2))
print(set([True, 1, 1.0]), {0, False, 0.0}, len({1, 1.0, True}))
print({-1, -2, -3}, {2 ** 62, 2 ** 61, 2 ** 60}, {10, 20, 30, 40, 50, 60, 70, 80, 90})
