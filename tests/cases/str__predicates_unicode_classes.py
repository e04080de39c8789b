# str predicates over each Unicode category sample and whitespace sets.
import unicodedata
chars = "aZ9_ \t\n\x0b\x0c\r\x1c\x85\xa0\u1680\u2000\u2028\u3000\u00b2\u00bd\u0663\u2167\u00e9\u0301\u4e00\u00aa\U0001d7d8\u200b"
for c in chars:
    print(f"U+{ord(c):04X} {unicodedata.category(c):3}", c.isspace(), c.isalpha(), c.isdigit(), c.isdecimal(),
          c.isnumeric(), c.isalnum(), c.isprintable(), c.isidentifier(), c.islower(), c.isupper())
print(" \t".isspace(), "".isspace(), "a b".isalpha(), "Ⅷ".isnumeric(), "x²".isalnum(), "a_b".isidentifier())
print("_".isidentifier(), "α".isidentifier(), "1a".isidentifier(), "def".isidentifier(), "a-b".isidentifier())
import keyword
print(keyword.iskeyword("def"), keyword.iskeyword("match"), keyword.issoftkeyword("match"), len(keyword.kwlist))
print("Hello World".istitle(), "Hello world".istitle(), "HELLO".istitle(), "1A".istitle(), "ǅ".istitle())
print([c for c in "a1 _-B\t" if c.isalnum()], [c for c in "a1 _-B\t" if c.isspace()])
print("".join(c for c in "H3ll0 W0rld" if c.isalpha()), sum(c.isdigit() for c in "a1b22c333"))
print("٣".isdigit(), int("٣"), "³".isdigit(), "⅓".isnumeric(), "⅓".isdigit(), "१२".isdecimal())
print("\u00a0".isspace(), "\u200b".isspace(), "\x1f".isspace(), "\x1f".isprintable())
print(str.isidentifier("__init__"), "Ω".isidentifier(), "∞".isidentifier(), "x\u200d".isidentifier())
print("ABC123".isupper(), "abc123".islower(), "123".islower(), "Ab".isascii(), "Ä".isascii())
for s in ["", " ", "a", "A", "1", "a1", "A b", "Ab Cd", "\n", "_"]:
    print(repr(s), [p for p in ("isalpha", "isdigit", "isspace", "islower", "isupper", "istitle", "isalnum") if getattr(s, p)()])
