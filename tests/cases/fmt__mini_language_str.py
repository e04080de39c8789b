# Format mini-language for strings and None/objects: alignment, precision, fill.
for spec in ["", "s", "10", "<10", ">10", "^10", "*^11", ".2", "10.3", "-<8", "|>4"]:
    print(repr(spec), "[" + format("hello", spec) + "]", "[" + format("", spec) + "]", "[" + format("€uro", spec) + "]")
for bad in ["d", "=10", "+", "010", "#", ",", "x"]:
    try:
        format("s", bad)
    except ValueError as e:
        print(repr(bad), "ValueError", e)
print(f"{'left':<{8}}|{'right':>{8}}|{'mid':^{9}}|")
print(f"{'é':x^5}", f"{'日本':_>6}", f"{'😀':.1}|")
print(format(None, ""), f"{None!s:>6}", f"{[1, 2]!s:^10}|", f"{(1,)!r:>8}")
try:
    format(None, "10")
except TypeError as e:
    print("TypeError", e)
try:
    format([], "x")
except TypeError as e:
    print("TypeError", e)
print("%-10s|%10s|" % ("l", "r"), "{:{}{}{}}".format("n", "*", "^", 7))
table = [("apple", 3, 1.5), ("kiwi", 12, 0.25), ("watermelon", 1, 12.0)]
for name, qty, price in table:
    print(f"{name:<12}{qty:>4}{price:>8.2f}{qty * price:>9.3f}")
print(f"{'total':-^33}")
