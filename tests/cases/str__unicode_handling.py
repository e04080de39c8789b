# Unicode: code points vs bytes, surrogates, normalisation-sensitive comparisons, encodings.
s = "Grüße, 世界! 🎉"
print(len(s), len(s.encode("utf-8")), len(s.encode("utf-16-le")) // 2, len(s.encode("utf-32-le")) // 4)
print([hex(ord(c)) for c in s[-3:]], s.encode("utf-8")[-4:], s[::-1])
print(s.upper(), s.lower(), s.casefold(), s.isprintable(), s.isascii())
print("\ud83d" + "\ude00" == "😀", len("\ud83d\ude00"), repr("\udcff"))
try:
    "\udcff".encode("utf-8")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e.reason, e.start, e.end)
print("\udcff".encode("utf-8", "surrogateescape"), b"\xff".decode("utf-8", "surrogateescape") == "\udcff")
print("\udcff".encode("utf-8", "surrogatepass"), "abc\udcffdef".encode("utf-8", "replace"))
print(b"\xc3\xa9".decode("utf-8"), b"\xe9".decode("latin-1"), b"\x80abc".decode("utf-8", "ignore"), b"\x80".decode("utf-8", "backslashreplace"))
for enc in ["utf-8", "utf-16", "utf-32", "latin-1", "cp1252", "ascii", "utf-8-sig"]:
    try:
        print(enc, "é€".encode(enc))
    except UnicodeEncodeError as e:
        print(enc, "UnicodeEncodeError", e)
print(b"\xef\xbb\xbfhi".decode("utf-8-sig"), "é".encode("cp437", "replace"), "€".encode("cp1252").decode("cp1252"))
import codecs
print(codecs.encode("abc", "rot13"), codecs.lookup("UTF8").name, codecs.lookup("latin1").name)
print("Å" == "A\u030a", len("Å"), len("A\u030a"), sorted(["b", "a", "ä", "z"]))
print("ß".upper(), "ﬃ".upper(), "İ".lower(), len("İ".lower()), "Σ".lower(), "ΑΣ".lower())
print(chr(0x1F600).isprintable(), "\u00ad".isprintable(), "\t".isprintable(), " ".isprintable())
print(ascii(s), repr(s))
print("x".encode("idna"), "bücher".encode("idna"), "ab".encode("utf-16-be"), "ab".encode("utf_16_be"))
