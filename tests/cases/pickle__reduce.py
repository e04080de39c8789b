import collections
import copyreg
import enum
import io
import pickle


class Slots:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 1
        self.b = [2]

    def __eq__(s, o):
        return (s.a, s.b) == (o.a, o.b)


class Outer:
    class Inner:
        def __eq__(s, o):
            return type(s) is type(o)


class NA:
    def __new__(cls, x, *, y=0):
        o = object.__new__(cls)
        o.x = x
        o.y = y
        return o

    def __getnewargs_ex__(self):
        return ((self.x,), {"y": self.y})

    def __eq__(s, o):
        return s.__dict__ == o.__dict__


class NG(int):
    pass


class Color(enum.Enum):
    RED = 1


Pt = collections.namedtuple("Pt", "x y")


class SS:
    def __reduce__(self):
        return (SS, (), {"z": 3}, None, None, setst)


def setst(obj, st):
    obj.__dict__.update(st)


t = ([1],)
objs = [Outer.Inner(), NA(5, y=6), NG(7), Color.RED, Pt(1, 2),
        collections.OrderedDict(a=1), collections.defaultdict(list, {"a": [1]}),
        Outer.Inner, (t, t), [1.0, -1.5e-300, float("inf")],
        "x" * 70000, b"y" * 70000, [bytearray(b"z" * 70000)], -129, -32769, 2**31,
        -2**31 - 1, 255, 2**2040, -2**2040, range(3), slice(1, 2), Ellipsis,
        NotImplemented, type(...), ValueError("x")]
for p in range(6):
    for o in objs:
        s = pickle.dumps(o, p)
        print(p, type(o).__name__, len(s), s[:120])
        b = pickle.loads(s)
        assert b == o or type(o) is ValueError, (p, o)
    s = pickle.dumps(SS(), p)
    print(p, s, pickle.loads(s).z)
for p in (2, 4):
    s = pickle.dumps(Slots(), p)
    print(p, s, pickle.loads(s) == Slots())
try:
    pickle.dumps(Slots(), 1)
except TypeError as e:
    print("TypeError", e)
copyreg.add_extension("__main__", "Slots", 240)
print(pickle.dumps(Slots, 2), pickle.loads(pickle.dumps(Slots, 2)) is Slots)
copyreg.remove_extension("__main__", "Slots", 240)


class MyP(pickle.Pickler):
    def reducer_override(self, obj):
        if obj == 42 or obj == [9]:
            return (int, (43,))
        return NotImplemented


f = io.BytesIO()
MyP(f, 2).dump([42, 1, [9]])
print(f.getvalue(), pickle.loads(f.getvalue()))


class DT(pickle.Pickler):
    dispatch_table = {complex: lambda c: (complex, (9.0, 9.0))}


f = io.BytesIO()
DT(f, 2).dump(1j)
print(f.getvalue())


class Bad:
    def __reduce__(self):
        return 5


class Bad2:
    def __reduce__(self):
        return (1,)


for o in [Bad(), Bad2(), io.BytesIO(), open(__file__)]:
    try:
        pickle.dumps(o)
    except Exception as e:
        print(type(e).__name__, e)
    if hasattr(o, "close"):
        o.close()
for data in [b"\x80\x06N.", b"K", b"(N", b"N", b"h\x05.",
             b"\x80\x04\x95\x05\x00\x00\x00\x00\x00\x00\x00N.", b"", b"\xfe", "abc"]:
    try:
        print(pickle.loads(data))
    except Exception as e:
        print(type(e).__name__, e)
print(pickle.loads(b"cexceptions\nValueError\n(S'x'\ntR."))
print(pickle.loads(b"U\x03abc.", encoding="bytes"), pickle.loads(b"T\x03\x00\x00\x00abc.", encoding="latin1"))
try:
    pickle.Unpickler(1)
except TypeError as e:
    print(e)
try:
    pickle.Pickler(1)
except TypeError as e:
    print(e)
