# is* predicates over ASCII and selected Unicode characters.
chars = ["a", "Z", "5", " ", "\t", "\n", "\x1c", "\x1f", "\x7f", "\x85", "\xa0", "\xad", "é", "²", "½", "٣", "Ⅻ", "ⅻ",
         "一", "〇", "_", "-", "\u200b", "\u2028", "\u3000", "€", "😀", "\u0345", "ǅ", "℘", "·", "\U0001d7d8"]
names = ["isalpha", "isdigit", "isdecimal", "isnumeric", "isalnum", "isspace", "isprintable", "isidentifier",
         "isascii", "islower", "isupper", "istitle"]
for c in chars:
    print(ascii(c), " ".join("1" if getattr(c, n)() else "0" for n in names))
for s in ["", "abc", "ab1", "a b", "_x1", "1x", "x-y", "é1", "١٢٣", "12.5", "Ab", "AB", "  ", "a\tb"]:
    print(repr(s), [getattr(s, n)() for n in names])
print("".isidentifier(), "class".isidentifier(), "λ".isidentifier())
