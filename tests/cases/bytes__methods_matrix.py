# bytes and bytearray: the long tail of methods, results keep the type, error messages.
def t(label, f):
    try:
        r = f()
    except Exception as e:
        r = type(e).__name__ + ": " + str(e)
    print(label, repr(r))

for T in (bytes, bytearray):
    print("==", T.__name__)
    b = T(b"  Hello, World! abc 12  ")
    for m in ["upper", "lower", "title", "capitalize", "swapcase", "strip", "lstrip", "rstrip", "split", "rsplit",
              "splitlines", "isalpha", "isupper", "islower", "istitle", "isspace", "isascii", "isdigit", "isalnum", "hex"]:
        t(m, lambda: getattr(b, m)())
    t("split-sep", lambda: (T(b"a,b,,c").split(b","), T(b"a,b,,c").rsplit(b",", 1), T(b" a  b c ").split(None, 1), T(b" a  b c ").rsplit(maxsplit=1)))
    t("split-empty", lambda: T(b"a").split(b""))
    t("split-str", lambda: T(b"a").split("x"))
    t("lines", lambda: T(b"a\nb\r\nc\rd\x0be\x1cf").splitlines(True))
    t("strip-chars", lambda: (T(b"xxhixx").strip(b"x"), T(b"xyhiyx").lstrip(bytearray(b"xy")), T(b"hi").rstrip(None)))
    t("strip-str", lambda: T(b"xxhixx").strip("x"))
    t("starts", lambda: (T(b"hello").startswith((b"he", b"x")), T(b"hello").endswith(b"l", 0, 4), T(b"hello").startswith(b"", 5)))
    t("starts-str", lambda: T(b"hello").startswith("h"))
    t("find", lambda: [(T(b"abcabc").find(b"c", i), T(b"abcabc").rfind(99, 0, i), T(b"abc").find(b"", i), T(b"abc").count(b"", i)) for i in range(-4, 5)])
    t("index-miss", lambda: T(b"abc").index(b"d"))
    t("find-str", lambda: T(b"abc").find("a"))
    t("find-256", lambda: T(b"abc").find(256))
    t("count-none", lambda: T(b"abc").count())
    t("replace", lambda: (T(b"aaa").replace(b"a", b"bb", 2), T(b"abc").replace(b"", b"-"), T(b"abc").replace(b"b", b"")))
    t("replace-str", lambda: T(b"abc").replace("a", "b"))
    t("pad", lambda: (T(b"abc").center(8, b"*"), T(b"abc").ljust(5), T(b"abc").rjust(6, b"0"), T(b"-5").zfill(4), T(b"ab").center(5)))
    t("pad-long", lambda: T(b"abc").center(8, b"**"))
    t("pad-str", lambda: T(b"abc").center(8, "*"))
    t("tabs", lambda: T(b"a\tb\nc\td").expandtabs(4))
    t("partition", lambda: (T(b"a.b.c").partition(b"."), T(b"a.b.c").rpartition(b"."), T(b"abc").partition(b"x")))
    t("partition-empty", lambda: T(b"abc").partition(b""))
    t("prefix", lambda: (T(b"prefix_x").removeprefix(b"prefix_"), T(b"x_suf").removesuffix(b"_suf"), T(b"x").removesuffix(b"")))
    t("join", lambda: T(b",").join([b"a", bytearray(b"b"), memoryview(b"c")]))
    t("join-str", lambda: T(b",").join([b"a", "b"]))
    t("noargs", lambda: T(b"x").upper(1))
    t("zfill-none", lambda: T(b"x").zfill())
