# Class attributes vs instance attributes, class body scope, name mangling.
class A:
    shared = []
    count = 0
    x = 10
    y = x * 2
    def __init__(self):
        A.count += 1
        self.own = []
a1, a2 = A(), A()
a1.shared.append(1)
a1.own.append("a1")
print(a2.shared, a2.own, A.count, A.y)
a1.count = 100
print(a1.count, a2.count, A.count)
class Mangle:
    __secret = "hidden"
    def reveal(self):
        return self.__secret, Mangle.__secret
    def __dunder__(self):
        return "dunder not mangled"
m = Mangle()
print(m.reveal(), m._Mangle__secret, m.__dunder__())
try:
    m.__secret
except AttributeError as e:
    print("AttributeError", e)
class Sub(Mangle):
    __secret = "sub secret"
    def both(self):
        return self.__secret, self._Mangle__secret
print(Sub().both(), Sub().reveal())
print(sorted(k for k in vars(Sub) if "secret" in k))
class Outer:
    value = "outer"
    class Inner:
        try:
            seen = value
        except NameError as e:
            seen = "NameError: " + str(e)
print(Outer.Inner.seen, Outer.Inner.__qualname__)
class Counter:
    def __init__(self):
        self.__dict__["direct"] = 1
c = Counter()
print(c.direct, vars(c))
c.__dict__.update(a=1, b=2)
print(c.a, c.b, sorted(vars(c)))
class Dyn:
    pass
Dyn.method = lambda self: "added later"
print(Dyn().method())
del Dyn.method
print(hasattr(Dyn(), "method"))
class WithClassVar:
    items = [i * i for i in range(4)]
    total = sum(items)
print(WithClassVar.items, WithClassVar.total)
class Empty: pass
e = Empty()
e.__dict__ = {"replaced": True}
print(e.replaced)
try:
    e.__dict__ = 5
except TypeError as ex:
    print("TypeError", ex)
