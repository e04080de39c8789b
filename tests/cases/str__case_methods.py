# Case methods: upper/lower/casefold/capitalize/title/swapcase, is* predicates.
words = ["hello world", "HELLO", "ßtraße", "ǅungla", "they're bill's", "ﬁne", "İstanbul",
         "123abc", "", "ΣΊΣΥΦΟΣ", "mIxEd CaSe", "a1b2", "    ", "\t\n"]
for w in words:
    print(repr(w), w.upper(), w.lower(), w.casefold(), w.capitalize(), w.title(), w.swapcase(), sep=" | ")
preds = ["isalpha", "isdigit", "isdecimal", "isnumeric", "isalnum", "isspace", "islower",
         "isupper", "istitle", "isidentifier", "isprintable", "isascii"]
samples = ["abc", "ABC", "Abc Def", "123", "١٢٣", "½", "²", "a b", " ", "", "_id", "1id",
           "ß", "\x00", "é", "Hello1", "αβγ", "\u2028", "class"]
for s in samples:
    print(repr(s), "".join("1" if getattr(s, p)() else "." for p in preds))
print(len(preds), ",".join(p[2:] for p in preds))
print("hello world".title() == "Hello World", "HELLO".lower().capitalize(), "MiXeD".swapcase().swapcase())
print("ß".upper(), "ǆ".title(), "ﬁ".upper(), "Σ".lower(), "ΌΣΟΣ".lower(), "İ".casefold(), len("İ".lower()))
print("x1y2".upper(), "123".upper(), "".title(), " a  b ".title(), "o'neil's".title(), "élan".capitalize())
print([s.isupper() for s in ["ABC", "AbC", "123", "A1", "Ǆ", ""]], [s.islower() for s in ["abc", "a1", "1", "ß"]])
print("Title Case Here".istitle(), "Title case".istitle(), "1st Place".istitle(), "ǅ".istitle())
print(str.upper("q"), str.lower("Q"), str.casefold("Q"), str.swapcase("aB"), str.capitalize("aB"), str.title("a b"))
print(sorted(["b", "A", "a", "B"], key=str.casefold), sorted(["b", "A", "a", "B"], key=str.swapcase))
print("straße".upper().lower(), "STRASSE".casefold() == "straße".casefold())
