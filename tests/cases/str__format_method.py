# str.format: positional/keyword/auto numbering, attribute and index lookup,
# conversions, nested specs, escaping, and errors.
print("{} {} {}".format(1, "a", [2]), "{0} {1} {0}".format("x", "y"), "{a}-{b}".format(a=1, b=2))
class P:
    x = 5
    items = ["first", "second"]
print("{0.x} {0.items[1]} {1[key]} {2[0]}".format(P(), {"key": "v"}, "str"))
print("{!r} {!s} {!a}".format("q", "q", "é"), "{0!r:>8}".format("z"))
print("{:>{w}.{p}f}|{:{fill}^{w}}".format(3.14159, "mid", w=10, p=2, fill="*"))
print("{{}} {{{0}}} {{0}}".format("in"))
print("{0:{1}}".format(42, "08b"), "{:,}".format(10 ** 9), "{:_x}".format(0xDEADBEEF))
print("{:%Y-%m-%d}".format(__import__("datetime").date(2020, 2, 29)))
print("{0[0]}{0[1]}".format((1, 2)), "{d[1]}".format(d={1: "int key"}), "{d[a]}".format(d={"a": "str key"}))
for fmt, args, kw in [("{}", (), {}), ("{0} {}", (1, 2), {}), ("{} {0}", (1, 2), {}), ("{x}", (), {}),
                      ("{0.nope}", (1,), {}), ("{0[5]}", ([1],), {}), ("{", (), {}), ("}", (), {}),
                      ("{!x}", (1,), {}), ("{:d}", ("s",), {}), ("{0:{1}}", (1,), {}), ("{:>>>}", (1,), {})]:
    try:
        print(fmt.format(*args, **kw))
    except (IndexError, KeyError, AttributeError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print("{:=^20}".format(" centered "), "{:<5}|{:>5}|{:^5}".format("a", "b", "c"))
print("{:s} {:10} {:<10}|".format("s", "dflt", 3), "{:>10}|".format(3), "{:10}|".format(2.5))
print("{:c}{:c}".format(72, 105), "{:o} {:#o}".format(64, 64), "{:e}".format(12345))
print("{0}{1}{0}".format(*"ab"), "{name}{name}".format(name="n"), "{}".format(None))
print(format("text", "^10"), format(3, "+"), format("x", ""), format(None), format([1, 2]))
