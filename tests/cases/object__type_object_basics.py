# type and object: type(), __class__, __dict__, vars, dir, class attrs.
class A:
    cls_attr = 1
    def method(self): return "m"
a = A()
a.inst = 2
print(type(a) is A, a.__class__ is A, type(A) is type, A.__name__, A.__qualname__, A.__module__)
print(sorted(k for k in vars(A) if not k.startswith("__")), vars(a))
print(type(A.__dict__).__name__, "cls_attr" in A.__dict__, "cls_attr" in a.__dict__)
try:
    A.__dict__["x"] = 1
except TypeError as e:
    print("TypeError", e)
A.added = "later"
print(a.added)
a.cls_attr = 99
print(a.cls_attr, A.cls_attr)
del a.cls_attr
print(a.cls_attr)
print(isinstance(a, object), issubclass(A, object), isinstance(A, object), isinstance(type, type))
print(type(type), type(object), object.__class__, type.__base__)
print(sorted(set(dir(a)) - set(dir(object))))
print("inst" in dir(a), "method" in dir(A))
B = type("B", (A,), {"extra": 3})
b = B()
print(B.__name__, B.__bases__[0].__name__, b.extra, b.method(), b.cls_attr)
class C:
    pass
c = C()
c.__class__ = A
print(type(c).__name__, c.method())
try:
    type("X", (1,), {})
except TypeError as e:
    print("TypeError", e)
try:
    type("X", (), [])
except TypeError as e:
    print("TypeError", e)
try:
    type(1, 2)
except TypeError as e:
    print("TypeError", e)
print(type.__name__, object.__name__, int.__qualname__)
class D:
    def __init__(self):
        self.__private = 1
        self._prot = 2
d = D()
print(sorted(vars(d)), d._D__private)
try:
    d.__private
except AttributeError as e:
    print("AttributeError", e)
print(A.__doc__, A.method.__doc__, object.__doc__[:16])
class E:
    __module__ = "custom.mod"
print(E.__module__, repr(E))
