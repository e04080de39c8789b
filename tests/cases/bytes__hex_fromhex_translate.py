# bytes.hex(sep, bytes_per_sep), fromhex errors, translate/maketrans, % formatting of bytes.
def t(label, f):
    try:
        r = f()
    except Exception as e:
        r = type(e).__name__ + ": " + str(e)
    print(label, repr(r))

d = b"\x01\xab\xff\x00\x10\x7f"
t("hex", lambda: (d.hex(), d.hex(":"), d.hex("-", 2), d.hex(b"_", -2), d.hex(" ", 4), d.hex(".", -4), d.hex(":", 0)))
t("hex-ba", lambda: bytearray(d).hex("|", 3))
t("hex-sep-long", lambda: d.hex("::"))
t("hex-sep-nonascii", lambda: d.hex("é"))
t("hex-sep-int", lambda: d.hex(1))
t("hex-empty", lambda: b"".hex(":"))
for T in (bytes, bytearray):
    t("fromhex", lambda: T.fromhex("01 ab FF  7f"))
    t("fromhex-odd", lambda: T.fromhex("01 ab F"))
    t("fromhex-bad", lambda: T.fromhex("0x"))
    t("fromhex-mid", lambda: T.fromhex("01 a b"))
    t("fromhex-bytes", lambda: T.fromhex(b"01"))
    t("fromhex-empty", lambda: T.fromhex("   "))
class B(bytes):
    pass
t("fromhex-sub", lambda: (type(B.fromhex("00")).__name__, B.fromhex("4142")))
tbl = bytes.maketrans(b"abc", b"xyz")
t("maketrans", lambda: (len(tbl), tbl[97:100], bytearray.maketrans(b"a", b"b")[97]))
t("maketrans-len", lambda: bytes.maketrans(b"ab", b"c"))
t("maketrans-str", lambda: bytes.maketrans("a", "b"))
t("translate", lambda: (b"abcd".translate(tbl), b"abcd".translate(tbl, b"d"), b"abc".translate(None, b"a"), bytearray(b"abc").translate(tbl)))
t("translate-short", lambda: b"abc".translate(b"x"))
t("translate-kw", lambda: b"abc".translate(None, delete=b"b"))
t("mod", lambda: b"%s=%d %5.2f %x %r %a %%" % (b"k", 3, 1.5, 255, "s", "\xe9"))
t("mod-map", lambda: b"%(a)s/%(b)d" % {b"a": b"v", b"b": 2})
t("mod-str", lambda: b"%s" % "str")
t("mod-few", lambda: b"%d %d" % (1,))
t("mod-many", lambda: b"%d" % (1, 2))
t("mod-c", lambda: (b"%c%c%c" % (65, b"B", bytearray(b"C"))))
t("mod-c-big", lambda: b"%c" % 256)
t("mod-c-bad", lambda: b"%c" % b"ab")
t("mod-b", lambda: b"[%b|%-4b|%4s]" % (b"x", b"y", memoryview(b"z")))
t("mod-ba", lambda: bytearray(b"%d-%s") % (5, b"q"))
t("mod-unsupported", lambda: b"%y" % 1)
t("sizeof", lambda: (b"".__sizeof__(), b"abc".__sizeof__()))
