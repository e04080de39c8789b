# split/rsplit/splitlines/strip family with all argument forms.
print("a b  c\t\nd ".split(), "a,b,,c".split(","), "a,b,,c".split(",", 1), "".split(), "".split(","))
print("  lead".split(" "), "a b c d".rsplit(None, 2), "a,b,c".rsplit(",", 1), "abc".split("abc"))
print("a::b::c".split("::"), "1 2 3".split(maxsplit=1), "1 2 3".rsplit(maxsplit=1), " x ".split(None))
try:
    "abc".split("")
except ValueError as e:
    print("ValueError", e)
text = "line1\nline2\r\nline3\rline4\x0bline5\x0cline6\x1cx\x1dy\x1ez\x85w\u2028v\u2029u\n\n"
print(text.splitlines())
print(text.splitlines(keepends=True))
print("".splitlines(), "\n".splitlines(), "no newline".splitlines(), "a\n".split("\n"))
print(repr("  pad  ".strip()), repr("  pad  ".lstrip()), repr("  pad  ".rstrip()))
print("xxhixx".strip("x"), "abcHIcba".strip("abc"), "www.example.com".lstrip("w."), "a.txt.txt".rstrip(".txt"))
print(repr("\t\n\x0b\x0c\r \u3000 x \u00a0".strip()), repr("".strip()), repr("   ".strip()))
print("abc".center(9, "*"), "abc".center(8, "-"), "abc".ljust(6, "."), "abc".rjust(6), "abc".center(2))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(6), "".zfill(3), "-".zfill(3))
print("a\tb\tc".expandtabs(), "a\tbc\td".expandtabs(4), "x\ty\n\tz".expandtabs(2), "\t".expandtabs(0))
try:
    "abc".center(5, "ab")
except TypeError as e:
    print("TypeError", e)
print("k1=v1;k2=v2".split(";"), [p.split("=") for p in "k1=v1;k2=v2".split(";")])
print("a  b".split(" "), "  a  b  ".split(" ", 2), "a b c".split(" ", 0))
print("CSV,with,,empty,".split(","), "x".rsplit("x"), "xax".split("x"))
