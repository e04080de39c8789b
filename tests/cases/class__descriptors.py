# Descriptor protocol: data vs non-data, precedence, __get__ on class access.
class NonData:
    def __get__(self, obj, objtype=None):
        return f"nondata get obj={type(obj).__name__} type={objtype.__name__}"
class Data:
    def __get__(self, obj, objtype=None):
        return "data get"
    def __set__(self, obj, value):
        print("data set", value)
    def __delete__(self, obj):
        print("data delete")
class C:
    nd = NonData()
    d = Data()
c = C()
print(c.nd)
print(C.nd)
c.__dict__["nd"] = "instance wins over non-data"
print(c.nd)
c.d = 5
c.__dict__["d"] = "instance loses to data"
print(c.d)
del c.d
class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        return self if obj is None else getattr(obj, self.name)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}")
        setattr(obj, self.name, value)
class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name, self.age = name, age
p = Person("Ann", 30)
print(p.name, p.age, type(Person.age).__name__)
try:
    p.age = "old"
except TypeError as e:
    print("TypeError", e)
class OnlySet:
    def __set__(self, obj, v):
        obj.__dict__["stored"] = v
class H:
    x = OnlySet()
h = H()
h.x = 3
print(h.__dict__, type(h.x).__name__)
def plain(self):
    return "function as descriptor"
class F:
    method = plain
print(F().method(), F.method is plain, F.__dict__["method"].__get__(F(), F)())
print(type(plain.__get__(None, F)).__name__)
class Ro:
    def __get__(self, o, t=None):
        return 1
    def __set__(self, o, v):
        raise AttributeError("read-only")
class K:
    r = Ro()
try:
    K().r = 2
except AttributeError as e:
    print("AttributeError", e)
K.r = "class attribute replaced"
print(K().r)
print(hasattr(NonData(), "__set__"), hasattr(Data(), "__set__"))
