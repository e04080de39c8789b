# find/rfind/index/rindex/count/startswith/endswith with ranges, and errors.
s = "the quick brown fox jumps over the lazy dog the end"
print(s.find("the"), s.find("the", 1), s.find("the", 1, 20), s.find("cat"), s.find(""))
print(s.rfind("the"), s.rfind("the", 0, 40), s.rfind("xyz"), s.rfind(""), s.find("", 100))
print(s.index("fox"), s.rindex("o"), s.count("the"), s.count("o"), s.count(""), s.count("o", 20, 30))
for call in [lambda: s.index("cat"), lambda: s.rindex("cat"), lambda: s.index("the", 50)]:
    try:
        call()
    except ValueError as e:
        print("ValueError", e)
print(s.startswith("the"), s.startswith("quick", 4), s.startswith(("a", "t")), s.startswith(""))
print(s.endswith("end"), s.endswith("the", 0, 34), s.endswith(("x", "d")), s.endswith("end", 5, 10))
try:
    s.startswith(["the"])
except TypeError as e:
    print("TypeError", e)
try:
    s.find(1)
except TypeError as e:
    print("TypeError", e)
print("aaaa".count("aa"), "aaaa".find("aa", -2), "abc".find("c", -1), "abc".rfind("a", -3, -1))
print("abc".find("", 3), "abc".find("", 4), "".find(""), "".count("a"))
print("ab" in "xaby", "ba" in "xaby", "" in "", "Straße".find("ß"), "日本語テキスト".find("テ"))
print("mississippi".replace("ss", "SS"), "mississippi".replace("i", "I", 2), "abc".replace("", "-"))
print("aaa".replace("a", "b", 0), "aaa".replace("a", "b", -1), "abc".replace("x", "y"))
print(s.partition(" fox "), s.rpartition("the"), s.partition("zzz"), s.rpartition("zzz"))
try:
    s.partition("")
except ValueError as e:
    print("ValueError", e)
print("x".join("abc"), ", ".join(["a", "b"]), "".join([]), "-".join(map(str, range(5))))
try:
    ", ".join(["a", 1])
except TypeError as e:
    print("TypeError", e)
print("hello".removeprefix("he"), "hello".removeprefix("x"), "hello".removesuffix("llo"), "hello".removesuffix(""))
