# Codecs: utf-8/16/32 (BOM), latin-1, ascii, cp1252, aliases, error handlers and UnicodeError details.
def t(label, f):
    try:
        r = f()
    except UnicodeError as e:
        r = "%s: %s | %r %r %r %r" % (type(e).__name__, e, e.encoding, e.start, e.end, e.reason)
    except Exception as e:
        r = type(e).__name__ + ": " + str(e)
    print(label, repr(r))

for enc, data in [("utf-16", b"\xff\xfeA"), ("utf-16-le", b"A"), ("utf-32", b"\x00"), ("cp1252", b"\x81"),
                  ("utf-8", b"\xe2\x82"), ("utf-8", b"\xe2\x28"), ("utf-8", b"\xed\xa0\x80"), ("utf-8", b"\xf8"),
                  ("utf-8", b"ab\xc3"), ("utf-16-be", b"\xd8\x00\x00A"), ("utf-16-le", b"\x00\xdc"),
                  ("utf-32-le", b"\x00\x00\x11\x00"), ("utf-32-be", b"\x00\x00\xd8\x00"), ("latin-1", b"\xff"),
                  ("UTF8", b"ok"), ("Latin_1", b"\xe9"), ("utf-16", b"\xfe\xff\x00A"), ("utf_32_be", b"\x00\x00\x00A"),
                  ("utf-8-sig", b"\xef\xbb\xbfhi"), ("cp1252", b"\x80\x9f\xe9"), ("x-y", b"a"), ("x-y", b""),
                  ("us-ascii", b"\x80"), ("iso8859-1", b"\xe9"), ("windows-1252", b"\x93q\x94"), ("U8", b"\xc3\xa9")]:
    t("dec %s %r" % (enc, data), lambda: data.decode(enc))
for enc, s in [("cp1252", "\x81"), ("latin-1", "\u20ac"), ("utf-16", "a"), ("utf-32", "a"), ("utf-8-sig", "a"),
               ("ascii", "a\xe9\xe9b\xe9"), ("utf-16-be", "a\U0001f600"), ("utf-32-le", "\U0001f600"),
               ("cp1252", "€ŠŸ"), ("foo", "x"), ("utf8", "é")]:
    t("enc %s %r" % (enc, s), lambda: s.encode(enc))
for h in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace", "bogus"]:
    for d in [b"a\xffb\xe2\x82", b"\xc3\xa9"]:
        t("dec-%s" % h, lambda: d.decode("utf-8", h))
    t("dec-ascii-%s" % h, lambda: b"a\x80\xff".decode("ascii", h))
    t("enc-%s" % h, lambda: ("a\xe9\u20ac\U0001f600".encode("ascii", h), "a\xe9\u20ac\U0001f600".encode("cp1252", h),
                             "\u20ac\xff".encode("latin-1", h)))
data = b"abc\xff\xfe"
t("surrogateescape-roundtrip", lambda: data.decode("utf-8", "surrogateescape").encode("utf-8", "surrogateescape") == data)
t("surrogateescape-ascii", lambda: b"a\x00\x80".decode("ascii", "surrogateescape").encode("ascii", "surrogateescape"))
t("str-ctor", lambda: (str(b"caf\xc3\xa9", "utf-8"), str(b"caf\xe9", encoding="latin-1"), str(b"\xff", "utf-8", "replace")))
t("bytes-ctor", lambda: (bytes("é", "utf-16-le"), bytearray("é", "utf-8")))
