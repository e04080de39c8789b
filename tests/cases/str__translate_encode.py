# maketrans/translate, encode with errors, format_map, misc methods.
table = str.maketrans("abc", "xyz")
print("aabbcc dd".translate(table), table)
t2 = str.maketrans({"a": "1", "b": None, ord("c"): "CC"})
print("abcabc".translate(t2), sorted(t2.items()))
t3 = str.maketrans("ab", "cd", "xyz")
print("axbycz".translate(t3))
print("hello".translate({ord("l"): ord("L")}), "hi".translate({}))
try:
    str.maketrans("abc", "xy")
except ValueError as e:
    print("ValueError", e)
try:
    str.maketrans({"ab": 1})
except ValueError as e:
    print("ValueError", e)
s = "héllo wörld €"
print(s.encode(), s.encode("utf-8"), s.encode("latin-1", "replace"), s.encode("ascii", "ignore"))
print(s.encode("ascii", "xmlcharrefreplace"), s.encode("ascii", "backslashreplace"), s.encode("utf-16-le")[:6])
try:
    s.encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e)
    print(e.encoding, e.start, e.end, e.reason, repr(e.object[e.start:e.end]))
try:
    s.encode("no-such-codec")
except LookupError as e:
    print("LookupError", e)
print("{name} is {age}".format_map({"name": "Ann", "age": 5}))
class Default(dict):
    def __missing__(self, k):
        return f"<{k}>"
print("{a} {b}".format_map(Default(a=1)))
print("abc" * 3, 3 * "ab", "x" * 0, "x" * -1, "ab" + "cd")
print(len("日本"), len("e\u0301"), "日本".encode("utf-8"), "\U0001F600".encode("utf-16-be"))
print(str(b"bytes"), str(b"caf\xc3\xa9", "utf-8"), str(b"\xff", "utf-8", "replace"), str(b"ab", encoding="ascii"))
try:
    str(b"\xff", "utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
print(min("hello"), max("hello"), sorted("hello"), list(reversed("abc")), "abc" < "abd" < "b")
print("Hello".__len__(), "ab".__contains__("a"), "ab".__add__("c"), "x".__mul__(3), "a".__lt__("b"))
