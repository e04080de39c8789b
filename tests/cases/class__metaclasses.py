# Metaclasses: __new__, __init__, __call__, __prepare__, keyword args.
class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("prepare", name, kw)
        return {"injected": 1}
    def __new__(mcs, name, bases, ns, **kw):
        print("meta new", name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")))
        cls = super().__new__(mcs, name, bases, ns)
        cls.tag = kw.get("tag", "none")
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("meta init", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *a, **k):
        print("meta call", cls.__name__, a)
        return super().__call__(*a, **k)
class Base(metaclass=Meta, tag="base"):
    def __init__(self, v):
        self.v = v
class Child(Base):
    x = 5
print(Base.tag, Child.tag, Child.injected, type(Child).__name__)
obj = Child(3)
print(obj.v)
class Singleton(type):
    _inst = {}
    def __call__(cls, *a):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a)
        return cls._inst[cls]
class One(metaclass=Singleton):
    pass
print(One() is One())
Dyn = type("Dyn", (object,), {"hello": lambda self: "hi", "n": 3})
print(Dyn().hello(), Dyn.n, Dyn.__name__, Dyn.__bases__)
print(type(Dyn) is type, type(type) is type, type(object))
class M1(type): pass
class M2(type): pass
class A1(metaclass=M1): pass
class A2(metaclass=M2): pass
try:
    class Conflict(A1, A2): pass
except TypeError as e:
    print("TypeError", e)
class Registry(type):
    classes = []
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        Registry.classes.append(name)
class R1(metaclass=Registry): pass
class R2(R1): pass
print(Registry.classes)
class WithRepr(type):
    def __repr__(cls):
        return f"<class-via-meta {cls.__name__}>"
class Shown(metaclass=WithRepr): pass
print(Shown, repr(Shown))
def func_meta(name, bases, ns):
    return f"not a class: {name}"
class Weird(metaclass=func_meta):
    pass
print(Weird)
print(isinstance(Child, Meta), issubclass(Meta, type))
