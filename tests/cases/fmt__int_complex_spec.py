# format(int/bool/complex, spec): bases, alternate form, grouping, '=' padding, 'c', float types on ints.
ivals = [0, 1, -1, 255, -255, 1234567, 2 ** 70, -2 ** 64, True, 65]
ispecs = ["", "d", "b", "o", "x", "X", "#b", "#o", "#x", "#X", ",", "_", "_b", "_x", "#_x", "010", "010,", "+",
          " ", "-", "<8", "^8", "=8", "*^9,", "e", "f", ".2f", "g", "%", "n", "#010b", "012_d", "c", ">5c", "0=+10,",
          "08_b", "8_b", "09,", "x<+#12_X"]
for v in ivals:
    out = []
    for s in ispecs:
        try:
            out.append(format(v, s))
        except Exception as e:
            out.append(type(e).__name__ + ":" + str(e))
    print(repr(v), out)
cvals = [1j, -1j, 1 + 2j, -1.5 - 2.5j, 0j, complex(-0.0, 0.0), 1e20 + 1e-20j, complex("nan+infj"), 3.25 + 0j]
cspecs = ["", "e", "f", "g", ".2f", ".2", "+", ">20", "^20.3e", "n", "F", "G", "#", "_.1f", ",", "z.1f", "<12"]
for v in cvals:
    out = []
    for s in cspecs:
        try:
            out.append(format(v, s))
        except Exception as e:
            out.append(type(e).__name__ + ":" + str(e))
    print(repr(v), out)
for s in ["0", "=", "%", "c", "010"]:
    try:
        print(format(1 + 1j, s))
    except ValueError as e:
        print("ValueError", e)
