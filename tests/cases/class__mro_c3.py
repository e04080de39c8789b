# C3 method resolution order, diamond inheritance, MRO errors.
class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
def names(cls):
    return [k.__name__ for k in cls.__mro__]
print(names(Z))
print(names(K1), names(K3))
print(Z.mro() == list(Z.__mro__))
class Base:
    def who(self): return "Base"
class Left(Base):
    def who(self): return "Left>" + super().who()
class Right(Base):
    def who(self): return "Right>" + super().who()
class Bottom(Left, Right):
    def who(self): return "Bottom>" + super().who()
print(Bottom().who(), names(Bottom))
try:
    class Bad(A, K1): pass
except TypeError as e:
    print("TypeError", e)
try:
    class Dup(A, A): pass
except TypeError as e:
    print("TypeError", e)
print(names(bool), names(int))
print(object.__mro__, type.__mro__)
print(names(type(None)))
class X: pass
class Y(X): pass
print(Y.__bases__, Y.__base__, X.__bases__, object.__bases__)
print(issubclass(Bottom, Base), issubclass(Base, Bottom), issubclass(Bottom, (int, Left)))
print(Bottom.__subclasses__(), sorted(c.__name__ for c in Base.__subclasses__()))
class Attr1:
    v = 1
class Attr2:
    v = 2
class Both(Attr1, Attr2): pass
class Both2(Attr2, Attr1): pass
print(Both.v, Both2.v)
class Meta(type):
    def mro(cls):
        return [cls, object]
class Custom(A, metaclass=Meta): pass
print(names(Custom))
