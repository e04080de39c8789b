# find/rfind/index/rindex/count/startswith/endswith/replace with start/end and empty needles.
def t(label, f):
    try:
        r = f()
    except Exception as e:
        r = type(e).__name__ + ': ' + str(e)
    print(label, repr(r))

s = "abcabcé€x"
for i in range(-12, 13, 3):
    print(i, s.find("c", i), s.rfind("c", 0, i), s.find("", i), s.rfind("", i), s.count("", i), s.count("c", i),
          s.startswith("", i), s.endswith("", 0, i), s.startswith("c", i))
t("find-uni", lambda: (s.find("é"), s.find("€x"), s.rfind("a"), s.index("x"), s.rindex("b"), s.count("abc")))
t("find-none", lambda: s.find("a", None, None))
t("find-big", lambda: s.find("a", -10**30, 10**30))
t("find-bad", lambda: s.find(1))
t("find-badidx", lambda: s.find("a", "1"))
t("find-noargs", lambda: s.find())
t("find-toomany", lambda: s.find("a", 1, 2, 3))
t("index-miss", lambda: s.index("zz"))
t("rindex-miss", lambda: s.rindex("zz", 3))
t("count-overlap", lambda: "aaaa".count("aa"))
t("starts-tuple", lambda: ("hello".startswith(("x", "he")), "hello".endswith(("lo", "x"), 2), "hello".endswith(())))
t("starts-bad", lambda: "hello".startswith(["h"]))
t("starts-badtuple", lambda: "hello".startswith(("h", 1)))
t("ends-range", lambda: ("hello".endswith("ell", 0, 4), "hello".startswith("ll", 2, 3), "hello".startswith("", 5), "hello".startswith("", 6)))
t("replace", lambda: ("aaa".replace("a", "bb"), "aaa".replace("a", "b", 2), "aaa".replace("a", "b", 0), "aaa".replace("a", "b", -1)))
t("replace-empty", lambda: ("abc".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"), "abc".replace("b", "")))
t("replace-bad", lambda: "abc".replace("a", 1))
t("replace-badcount", lambda: "abc".replace("a", "b", "1"))
t("contains", lambda: ("" in "abc", "bc" in "abc", "é" in s))
t("removeprefix", lambda: ("prefix_x".removeprefix("prefix_"), "x".removeprefix("y"), "x_suf".removesuffix("_suf"), "x".removesuffix("")))
t("removeprefix-bad", lambda: "x".removeprefix(None))
