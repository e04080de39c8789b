import io
import pickle
import pickletools

pickletools.dis(pickle.dumps([1, "two", (1, 2), {"a": b"x"}, 2**70, 1.5, None, True], 4))
pickletools.dis(pickle.dumps([1, "two"], protocol=0), annotate=1)
pickletools.dis(pickle.dumps({"a": [1, 2, (3, 4, 5, 6)], "b": frozenset([1])}, 2), annotate=30)
for p in range(6):
    s = pickle.dumps([[1, 2], "abc", (1, 2, 3, 4), {1: 2}, b"xy", 2**100, -5, 1.5, "S" * 300], p)
    print(pickletools.optimize(s))
    out = io.StringIO()
    pickletools.dis(s, out)
    print(out.getvalue(), end="")
    print([(op.name, arg, pos) for op, arg, pos in pickletools.genops(s)][:6])
pickletools.dis(b"S'Python 2 str'\np0\n(I1\nL5L\nF1.5\ntp1\n0c__builtin__\nlen\n0.")
for bad in (b"(I1\nI2\n.", b"I1\n", b"\xffx"):
    try:
        pickletools.dis(bad)
    except ValueError as e:
        print("ValueError:", e)
