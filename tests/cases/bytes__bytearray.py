# bytearray: mutation methods, slicing assignment, extend, errors, reprs.
ba = bytearray(b"hello")
print(ba, repr(ba), len(ba), ba[0], ba[1:3])
ba[0] = 72
ba[1:3] = b"EL"
ba.append(33)
ba.extend(b" ok")
ba.extend([65, 66])
print(ba)
ba.insert(0, 62)
print(ba.pop(), ba.pop(0), ba)
ba.remove(ord("L"))
print(ba)
del ba[0:2]
print(ba)
ba.reverse()
print(ba)
ba[::2] = b"____"[:len(ba[::2])] if len(ba[::2]) <= 4 else ba[::2]
print(ba)
ba.clear()
print(ba, bytearray(3), bytearray([1, 2]), bytearray("é", "utf-8"), bytearray(b"x") * 3)
c = bytearray(b"abc")
c += b"def"
print(c, c.copy(), c.upper(), c.find(b"d"), c.replace(b"a", b"A"), c.decode())
for bad in [lambda: c.__setitem__(0, 256), lambda: c.__setitem__(0, b"x"), lambda: c.remove(120),
            lambda: bytearray().pop(), lambda: c.append(-1), lambda: hash(c), lambda: c.index(b"z")]:
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
d = bytearray(b"xyz")
d[1:2] = b"1234"
print(d)
d[:] = b""
print(d, bytearray(b"ab") == b"ab", b"ab" + bytearray(b"cd"), type(b"ab" + bytearray(b"cd")).__name__)
e = bytearray(range(10))
del e[::3]
print(e, e.hex(), bytearray.fromhex("41 42"), e.count(5), list(e[:3]))
print(bytearray(b"a b").split(), bytearray(b" x ").strip(), bytearray(b"ab").isalpha())
f = bytearray(b"abc")
f[-1] = ord("C")
f[0:0] = b"<"
f[len(f):] = b">"
print(f, f.startswith(b"<"), f.endswith(b">"), f.rstrip(b">"))
