import io
import marshal

y = [1, 2]
objs = [None, True, False, 0, 1, -1, 1000, 2**40, 2**70, -2**70, 1.5, -0.0, 1j,
        "abc", "h\u00e9llo", "a" * 300, "abc def", b"ab", (), (1, 2), y,
        {"a": 1}, {1, 2}, frozenset(), [y, y], ..., StopIteration]
for o in objs:
    print(repr(o)[:20], marshal.dumps(o))
    for v in range(5):
        assert marshal.loads(marshal.dumps(o, v)) == o, (o, v)
print(marshal.dumps(y, 2), marshal.dumps("abc", 2), marshal.dumps((1,), 3))
print(marshal.dumps(1.5, 1), marshal.dumps(2j, 0), marshal.dumps(0.1, 0), marshal.loads(marshal.dumps(0.1, 1)))
for bad in (object(), [1, object()]):
    try:
        marshal.dumps(bad)
    except ValueError as e:
        print("ValueError", e)
for data in (b"", b"\x01", b"i\x01\x00", b"[\x02\x00\x00\x00N"):
    try:
        marshal.loads(data)
    except (EOFError, ValueError) as e:
        print(type(e).__name__, e)
f = io.BytesIO()
marshal.dump({"k": 1}, f)
marshal.dump([1], f)
f.seek(0)
print(marshal.load(f), marshal.load(f), marshal.version)
z = marshal.loads(marshal.dumps([y, y]))
print(z[0] is z[1])
print(marshal.loads(b"i\x05\x00\x00\x00trailing"))
