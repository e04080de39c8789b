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
