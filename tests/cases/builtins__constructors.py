# Builtin type constructors with no args, copies, and conversion edge cases.
print(repr(int()), repr(float()), repr(complex()), repr(str()), repr(bytes()), repr(bytearray()),
      repr(list()), repr(tuple()), repr(dict()), repr(set()), repr(frozenset()), repr(bool()), repr(object())[:17])
l = [1, 2]
print(list(l) is l, tuple((1, 2)) == (1, 2), str("s"), dict({"a": 1}), set({1}) == {1}, frozenset(frozenset([1])))
t = (1, 2)
print(tuple(t) is t, frozenset() is frozenset() or True, str(b"x"), bytes(bytearray(b"ba")), bytearray(b"q"))
print(list({"k": 1}.items()), list(range(0)), tuple("ab"), dict([("a", 1), ["b", 2]]), dict(a=1, b=2))
print(int(" 12 "), float(" 1.5 "), complex(" 1+2j "), int("-0"), float("-0"), str(-0.0), int(-0.0))
print(bool([]), bool([0]), str(True), int(False), float(True), complex(False))
print(type(int), type(object()), object.__name__, type(object()).__name__)
try:
    object(1)
except TypeError as e:
    print("TypeError", e)
try:
    list(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    dict(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    str(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    bytes("x")
except TypeError as e:
    print("TypeError", e)
try:
    float("1", 2)
except TypeError as e:
    print("TypeError", e)
try:
    bool(1, 2)
except TypeError as e:
    print("TypeError", e)
print(str(object=5), str(b"\xff", errors="replace"), int(x="7") if False else int("7"), list(iterable=[1]) if False else list([1]))
try:
    list(iterable=[1])
except TypeError as e:
    print("TypeError", e)
print(set("hello") == set("olleh"), tuple(reversed("ab")), list(map(int, "123")), dict(zip("ab", "cd")))
print(type(None)(), type(NotImplemented).__name__, type(...)(), type(print).__name__)
