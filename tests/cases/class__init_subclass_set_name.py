# __init_subclass__, __set_name__, __class_getitem__.
class Plugin:
    registry = {}
    def __init_subclass__(cls, /, key=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.key = key or cls.__name__.lower()
        Plugin.registry[cls.key] = cls
class Alpha(Plugin): pass
class Beta(Plugin, key="B"): pass
class Gamma(Beta): pass
print(sorted(Plugin.registry), Gamma.key)
try:
    class Bad(Plugin, unknown=1): pass
except TypeError as e:
    print("TypeError", e)
class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, f"<unset {self.name}>")
    def __set__(self, obj, value):
        obj.__dict__[self.name] = value
class Model:
    a = Field()
    b = Field()
m = Model()
m.a = 1
print(m.a, m.b, Model.a.name)
late = Field()
Model.c = late
print(getattr(late, "name", "no name: __set_name__ not called on setattr"))
class Generic:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"
print(Generic[int], Generic["x"], Generic[1, 2])
print(list[int], dict[str, list[int]], tuple[int, ...])
print(type(list[int]).__name__, list[int].__origin__, list[int].__args__)
try:
    int[str]
except TypeError as e:
    print("TypeError", e)
class Counted:
    count = 0
    def __init_subclass__(cls):
        Counted.count += 1
class S1(Counted): pass
class S2(Counted): pass
class S3(S1): pass
print(Counted.count)
class Desc:
    def __set_name__(self, owner, name):
        raise ValueError("refuse " + name)
try:
    class Fails:
        x = Desc()
except Exception as e:
    print(type(e).__name__, e, "| cause:", repr(e.__cause__))
