# classmethod alternative constructors, registries, and classmethod/staticmethod wrapping other descriptors.
class Color:
    registry = {}
    def __init__(self, r, g, b):
        self.rgb = (r, g, b)
    def __repr__(self):
        return f"{type(self).__name__}{self.rgb}"
    @classmethod
    def from_hex(cls, s):
        s = s.lstrip("#")
        return cls(*(int(s[i:i + 2], 16) for i in (0, 2, 4)))
    @classmethod
    def register(cls, name, *rgb):
        cls.registry[name] = cls(*rgb)
        return cls.registry[name]
    @staticmethod
    def clamp(v):
        return max(0, min(255, v))
class Shade(Color):
    pass
print(Color.from_hex("#ff8000"), Shade.from_hex("102030"), type(Shade.from_hex("000000")).__name__)
Color.register("red", 255, 0, 0)
Shade.register("dark", 10, 10, 10)
print(sorted(Color.registry), Color.registry is Shade.registry)
print(Color.clamp(300), Color(1, 2, 3).clamp(-5), Shade.clamp(100))
cm = Color.__dict__["from_hex"]
print(type(cm).__name__, cm.__func__.__name__, cm.__get__(None, Shade)("ffffff"))
print(Color.from_hex.__self__ is Color, Shade.from_hex.__self__ is Shade)
class Meta(type):
    def create(cls):
        return cls()
class UsesMeta(metaclass=Meta):
    pass
print(type(UsesMeta.create()).__name__)
try:
    UsesMeta().create()
except AttributeError as e:
    print("AttributeError", e)
print(callable(Color.__dict__["clamp"]), Color.__dict__["clamp"](7))
