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
