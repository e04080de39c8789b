# Overriding properties in subclasses, property with inherited setter, abstract property pattern.
class Base:
    def __init__(self): self._v = 1
    @property
    def v(self): return self._v
    @v.setter
    def v(self, x): self._v = x
class OnlyGetter(Base):
    @property
    def v(self): return super().v * 100
o = OnlyGetter()
print(o.v)
try:
    o.v = 5
except AttributeError as e:
    print("AttributeError", e)
class ExtendSetter(Base):
    @Base.v.setter
    def v(self, x): self._v = x * 2
e = ExtendSetter()
e.v = 5
print(e.v, type(ExtendSetter.v).__name__, ExtendSetter.v.fget is Base.v.fget)
class UsesName:
    def _get(self): return "via method"
    value = property(_get)
    def _get(self): return "redefined later"
print(UsesName().value)
class Template:
    @property
    def name(self): return type(self).__name__.lower()
    def describe(self): return f"I am {self.name}"
class Widget(Template): pass
class Gadget(Template):
    name = "custom gadget"
print(Widget().describe(), Gadget().describe())
class Cached:
    calls = 0
    @property
    def heavy(self):
        Cached.calls += 1
        return 42
c = Cached()
print(c.heavy, c.heavy, Cached.calls)
p = property(lambda self: "getter", doc="explicit doc")
print(p.__doc__, p.getter(lambda self: "new").fget(None), p.setter(None).fset)
print(property.__name__, isinstance(Base.v, property), hasattr(Base.v, "__set__"))
