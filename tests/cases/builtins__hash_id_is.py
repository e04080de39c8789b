# hash consistency, identity of singletons, id uniqueness within a set of live objects.
objs = [object() for _ in range(50)]
print(len({id(o) for o in objs}) == 50)
print(None is None, ... is Ellipsis, NotImplemented is NotImplemented, True is (1 == 1))
a = []
b = a
print(id(a) == id(b), a is b, id([]) is not None)
print(hash("abc") == hash("abc"), hash(b"abc") == hash(b"abc"), hash(frozenset("ab")) == hash(frozenset("ba")))
print(hash((1, "a")) == hash((1, "a")), hash(1.5) == hash(1.5), hash(None) == hash(None))
print(hash(2 ** 61 - 1), hash(2 ** 61 - 2), hash(-(2 ** 61 - 1)), hash(12345678901234567890))
print([hash(x) for x in [0, 1, -1, -2, 10 ** 20, 1.25, -3.75, 1e-5, 2.0 ** 70]])
print(hash(0.1), hash(1 / 3), hash(1e300), hash(float(2 ** 61)))
class K:
    pass
k = K()
print(hash(k) == hash(k), type(hash(k)).__name__)
print(hash(True) == 1, hash(False) == 0, hash(()) == hash(tuple()), hash((0,)) != hash((0, 0)))
print(hash(frozenset()) , hash(frozenset({1, 2, 3})), hash(frozenset({(1, 2)})))
print(hash((1, 2, 3)), hash((-1, -2)), hash(((), ((),))), hash((1.5, 2 ** 70)))
print(hash(range(5)) == hash(range(0, 5, 1)), hash(range(0)) == hash(range(3, 3)))
