# Case mapping with special cases: ß, ligatures, final sigma, titlecase digraphs, dotted I.
words = ["straße", "ﬁnance ﬂow", "ὈΔΥΣΣΕΎΣ", "ΣΑΣ ΣΑΣ.", "aΣ", "Σ", "ΑΣ'Σ b", "ǅungla ǆ Ǆ", "İstanbul", "ŉ", "ΐ",
         "hello WORLD 3rd x1y", "they're bill's", "ᾳ ᾲ ᾀ", "ǰ", "ﬃ", "ẞ", "ı", "µ", "ſ", "Ꭰꭰ", "ǈ", "1a2b", "ÀÉÎõü"]
for w in words:
    print(repr(w), repr(w.upper()), repr(w.lower()), repr(w.title()), repr(w.capitalize()), repr(w.swapcase()), repr(w.casefold()))
for w in words:
    print(repr(w), w.isupper(), w.islower(), w.istitle(), w.isalpha(), w.isalnum())
for w in ["", "A", "a", "Ab Cd", "AB", "ab", "A1", "1", "ǅ", "Ab cD", "A_B", "Σς"]:
    print(repr(w), w.isupper(), w.islower(), w.istitle())
print("ß".upper() == "SS", "ﬁ".upper(), "ﬁ".title(), "ß".casefold() == "ss".casefold())
print("Hello".lower(), "hello".upper(), "hELLo wORLD".swapcase())
try:
    "a".upper(1)
except TypeError as e:
    print("TypeError", e)
