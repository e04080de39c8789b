# Format mini-language for ints: fill, align, sign, #, 0, width, grouping, types.
nums = [0, 7, -7, 255, -255, 1234567, 2 ** 40]
specs = ["", "d", "5d", "<6", ">6", "^7", "=+8", "*^9", "+", "-", " ", "#b", "#o", "#x", "#X",
         "08", "08x", ",", "_", "_b", "#_x", ",d", "n", "c", "e", ".2f", "%", "010,", "+#012_x", "X"]
for spec in specs:
    out = []
    for n in nums:
        try:
            out.append(format(n, spec))
        except (ValueError, OverflowError) as e:
            out.append(f"{type(e).__name__}")
    print(f"{spec!r:10}", "|".join(out))
for bad in ["=s", "^^", ".1d", ",b", "_,", "z", "#c"]:
    try:
        format(5, bad)
    except ValueError as e:
        print(repr(bad), "ValueError", e)
print(format(True, "d"), format(True, ""), format(False, "^5"), format(True, "x"))
for n in [5, -5, 1234]:
    print(f"[{n:<+8}] [{n:^+8}] [{n:>+8}] [{n:=+8}] [{n: =8}] [{n:x=8}] [{n:08,}]")
print(f"{65:c}{66:c}", f"{0:#x}", f"{0:#o}", f"{0:#b}", f"{-0:+}", f"{10**20:e}")
