import io
import pickle


class P:
    def __init__(self, x):
        self.x = x

    def __eq__(self, other):
        return type(other) is P and self.__dict__ == other.__dict__


class S:
    def __init__(self):
        self.a = 1
        self.f = "file"

    def __getstate__(self):
        d = self.__dict__.copy()
        del d["f"]
        return d

    def __setstate__(self, st):
        self.__dict__.update(st)
        self.f = "reopened"


objs = [None, True, False, 0, 1, 255, 256, 65535, 65536, -1, 2**31 - 1, -2**31,
        2**31, 2**70, -2**70, 1.5, -0.0, 1e300, 1 + 2j, "", "abc", "a\nb\\\u1234\U0001f600",
        b"", b"ab", bytearray(b"xy"), (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4),
        [], [1], [1, 2], {}, {"a": 1}, {"a": 1, "b": 2}, set(), {1}, frozenset([2]),
        list(range(1001)), {i: -i for i in range(1001)}, P(3), [P(1), P], len, type(None)]
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    for o in objs:
        s = pickle.dumps(o, proto)
        if len(s) < 120:
            print(proto, repr(o)[:40] if "0x" not in repr(o) else type(o).__name__, s)
        else:
            print(proto, type(o).__name__, len(s), s[:40], s[-20:])
        back = pickle.loads(s)
        assert back == o or o is len, (proto, o)

shared = [1, 2]
c = pickle.loads(pickle.dumps([shared, shared, (shared,)]))
print(c[0] is c[1], c[2][0] is c[0])
rec = []
rec.append(rec)
r = pickle.loads(pickle.dumps(rec, 2))
print(r[0] is r)
t = pickle.loads(pickle.dumps(S()))
print(t.a, t.f)
print(pickle.dumps(S(), 0))


def f():
    def g():
        pass
    return g


for bad in (f(), lambda: 0, io.StringIO()):
    try:
        pickle.dumps(bad)
    except Exception as e:
        print(type(e).__name__, str(e).split(" at 0x")[0])

try:
    pickle.loads(b"")
except EOFError as e:
    print("EOFError", e)
try:
    pickle.loads(b"\xff")
except pickle.UnpicklingError as e:
    print("UnpicklingError", e)
try:
    pickle.dumps(1, 6)
except ValueError as e:
    print("ValueError", e)
print(pickle.loads(b"S'Python 2 str'\np0\n.", encoding="latin1"))
print(pickle.loads(b"(dp0\nS'a'\np1\nI1\nsS'b'\np2\n(lp3\nF1.5\naL12345678901234567890L\nas.",
                   encoding="latin1"))
print(pickle.loads(b"c__builtin__\nxrange\np0\n(I0\nI3\nI1\ntRp1\n."))
print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL)
print(pickle.PicklingError.__module__, issubclass(pickle.PicklingError, pickle.PickleError))
