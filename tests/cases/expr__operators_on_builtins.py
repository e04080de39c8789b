# Operators across builtin types: +, *, %, |, &, -, ^, ==, in; with errors for unsupported pairs.
pairs = [([1], [2]), ((1,), (2,)), ("a", "b"), (b"a", b"b"), ({1}, {2}), ({"a": 1}, {"b": 2}), (1, 2.5), (2, 3j), (True, 2)]
ops = ["+", "-", "*", "|", "&", "^", "%", "==", "<"]
for a, b in pairs:
    row = []
    for op in ops:
        try:
            row.append(repr(eval(f"a {op} b")))
        except TypeError:
            row.append("TE")
    print(type(a).__name__, type(b).__name__, " ".join(row))
print([1] * 2, 2 * "ab", b"x" * 3, (0,) * 2, "%s-%s" % ("a", "b"), b"%d" % 5)
print(frozenset({1}) | {2}, {1, 2} - frozenset({1}), {"a": 1} | {"a": 2})
print(divmod(7, 2), divmod(7.0, 2), 7 // 2.0, -7 // 2.0, 2 ** 0.5 * 2 ** 0.5)
print([] == [], [] is not [], () == (), {} == {}, set() == frozenset())
print(1 + True, 1.5 + True, 1j + True, "" or "x", [] or [0])
print([1, 2] * True, "ab" * False, (1,) * -1, b"ab"[0] + 1, "%" "s" % 1)
try:
    [1] - [1]
except TypeError as e:
    print("TypeError", e)
try:
    {1} + {2}
except TypeError as e:
    print("TypeError", e)
print({1, 2} <= {1, 2, 3}, [1, 2] < [1, 3], "abc" > "abd", (1, 2) >= (1, 2))
