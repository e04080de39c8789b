# str ordering by code point, equality, containment, min/max, sorting stability, hash equality.
words = ["apple", "Apple", "APPLE", "äpple", "apple ", "app", "b", "", "10", "9", "é", "e\u0301"]
print(sorted(words))
print(sorted(words, key=len))
print(sorted(words, key=lambda s: (s.lower(), s)))
print(min(words), max(words), "a" < "b" < "ba" < "c", "Z" < "a", "" < "a")
pairs = [(a, b, a < b, a == b) for a, b in [("abc", "abd"), ("abc", "ab"), ("A", "a"), ("é", "f"), ("10", "9")]]
print(pairs)
print("abc" == "abc", "a" * 3 == "aaa", hash("x" * 3) == hash("xxx"))
s1 = "".join(["hel", "lo"])
print(s1 == "hello", hash(s1) == hash("hello"))
import sys
print(sys.intern(s1) is sys.intern("hello"))
print("straße".casefold() == "strasse", "ǅ".lower(), "ǅ".upper(), "ǅ".title())
d = {"key": 1}
k = "".join(["k", "e", "y"])
print(d[k], k in d, {"a", "b"} == {"b", "a"})
print("abc".__lt__("abd"), "b".__gt__("a"), "a".__le__("a"), str.__eq__("a", 1))
print(sorted(["a", "A", "b", "B", "_", "1", " "]), ord("a") - ord("A"))
print(max("abc", "abd", "ab"), min(["zeta", "Alpha", "beta"]), sorted("Banana"))
