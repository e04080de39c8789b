# Attribute lookup order: data descriptors > instance dict > non-data descriptors > class attrs > __getattr__.
log = []
class DataDesc:
    def __get__(self, obj, typ=None):
        log.append("data __get__")
        return "data"
    def __set__(self, obj, val):
        log.append("data __set__")
class NonDataDesc:
    def __get__(self, obj, typ=None):
        log.append("nondata __get__")
        return "nondata"
class Base:
    inherited = "from base"
class C(Base):
    d = DataDesc()
    n = NonDataDesc()
    plain = "class plain"
    def __getattr__(self, name):
        log.append(f"__getattr__({name})")
        return f"fallback {name}"
c = C()
c.__dict__.update(d="inst d", n="inst n", plain="inst plain")
print(c.d, c.n, c.plain, c.inherited, c.missing)
print(log)
log.clear()
c.d = "assign"
c.n = "assign n"
print(log, c.__dict__["n"])
print(C.d, C.n, C.plain)
log.clear()
class Meta(type):
    meta_attr = "from metaclass"
    @property
    def meta_prop(cls):
        return f"meta property of {cls.__name__}"
class WithMeta(metaclass=Meta):
    own = "own"
print(WithMeta.meta_attr, WithMeta.meta_prop, WithMeta.own)
try:
    WithMeta().meta_attr
except AttributeError as e:
    print("AttributeError", e)
class Shadow:
    def method(self):
        return "method"
s = Shadow()
s.method = lambda: "instance lambda"
print(s.method(), Shadow.method(s), type(s).method(s))
del s.method
print(s.method())
class SlotsAndClass:
    __slots__ = ("x",)
    y = "class y"
sc = SlotsAndClass()
sc.x = 1
print(sc.x, sc.y)
try:
    sc.y = 2
except AttributeError as e:
    print("AttributeError", e)
print(type.__getattribute__(C, "plain"), object.__getattribute__(c, "plain"))
