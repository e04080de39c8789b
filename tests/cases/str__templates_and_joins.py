# Text building: textwrap, str methods for padding tables, joins with generators, reprs in f-strings.
import textwrap
para = "The quick brown fox jumps over the lazy dog. " * 4
print(textwrap.fill(para, 30))
print(textwrap.wrap("short", 10), textwrap.shorten(para, 40), textwrap.indent("a\nb\n", "> "))
print(repr(textwrap.dedent("    x\n      y\n    z\n")))
rows = [("name", "qty"), ("apple", 3), ("kiwi", 12)]
w = max(len(str(r[0])) for r in rows)
for n, q in rows:
    print(str(n).ljust(w), "|", str(q).rjust(4))
print(", ".join(f"{k}={v!r}" for k, v in sorted({"b": "2", "a": 1}.items())))
print("\n".join(["x", "y"]), "-".join(str(i) for i in range(3)), "".join(map(chr, [104, 105])))
print(" ".join("word".center(8, ".") for _ in range(2)))
print("{:-^20}".format(" title "), "=" * 20)
print("%-6s%6s" % ("left", "right"), "|".join(["a", "", "c"]))
print(textwrap.fill("a " * 20, 15, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap("supercalifragilistic", 6), textwrap.wrap("x", 0) if False else "")
print("\n".join(textwrap.wrap("one two three four five six", width=9)))
print(textwrap.shorten("Hello  world, this is long", width=15, placeholder="..."))
print(textwrap.fill("word " * 12, width=20, max_lines=2, placeholder=" [..]"))
