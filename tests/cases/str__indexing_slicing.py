# str indexing, slicing with steps, immutability, iteration, concatenation.
s = "abcdefghij"
print(s[0], s[9], s[-1], s[-10], s[3:7], s[:0], s[5:2], s[-3:], s[:-3], s[::3], s[1::2], s[::-2])
print(s[100:], s[-100:3], s[2:-2:2], s[8:2:-2], s[-1:-5:-1], s[slice(2, 5)], s[slice(None, None, -1)])
try:
    s[10]
except IndexError as e:
    print("IndexError", e)
try:
    s[::0]
except ValueError as e:
    print("ValueError", e)
try:
    s[0] = "z"
except TypeError as e:
    print("TypeError", e)
try:
    s[1.5]
except TypeError as e:
    print("TypeError", e)
u = "αβγδε😀ζ"
print(len(u), u[5], u[::-1], u[2:6], [c for c in u][:3], u.index("😀"))
print(list("hi"), tuple("hi"), set("aa") == {"a"}, dict.fromkeys("ab"), enumerate("ab").__next__())
print(ord("a"), ord("€"), ord("😀"), chr(97), chr(8364), chr(0x1F600), repr(chr(0)), repr(chr(0x10FFFF)))
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError", e)
try:
    ord("")
except TypeError as e:
    print("TypeError", e)
try:
    "a" + 1
except TypeError as e:
    print("TypeError", e)
try:
    1 + "a"
except TypeError as e:
    print("TypeError", e)
try:
    "a" * "b"
except TypeError as e:
    print("TypeError", e)
try:
    "a" * 1.5
except TypeError as e:
    print("TypeError", e)
parts = []
for i, ch in enumerate("xyz"):
    parts.append(f"{i}{ch}")
print("".join(parts), "abc"[1:2] == "b", "abc"[:] == "abc")
print(str(), str(123), str([1, "a"]), str(None), str(str), str(1.0), str(-0.0))
print(sorted(["b", "A", "a", "B", "é", "Z"]), sorted(["b", "A", "a"], key=str.lower))
print("abc".__getitem__(1), "abc".__getitem__(slice(0, 2)), "a" < "B", "a" < "ab")
