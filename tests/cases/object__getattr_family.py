# __getattr__, __getattribute__, __setattr__, __delattr__, and the
# getattr/setattr/delattr/hasattr builtins.
class Lazy:
    existing = "class attr"
    def __getattr__(self, name):
        if name.startswith("x"):
            return f"computed {name}"
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")
l = Lazy()
print(l.existing, l.xyz, getattr(l, "xa"), hasattr(l, "xb"), hasattr(l, "nope"))
try:
    l.nope
except AttributeError as e:
    print("AttributeError", e)
print(getattr(l, "nope", "default"))
class Spy:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __getattribute__(self, name):
        if name != "log":
            object.__getattribute__(self, "log").append(("get", name))
        return object.__getattribute__(self, name)
    def __setattr__(self, name, value):
        self.log.append(("set", name, value))
        object.__setattr__(self, name, value.upper() if isinstance(value, str) else value)
    def __delattr__(self, name):
        self.log.append(("del", name))
        object.__delattr__(self, name)
s = Spy()
s.a = "hello"
print(s.a)
del s.a
print(hasattr(s, "a"))
print(s.log)
class Both:
    def __getattribute__(self, name):
        if name == "boom":
            raise AttributeError("from getattribute")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return f"fallback {name}"
print(Both().boom, Both().other)
class Frozen:
    def __init__(self, v):
        object.__setattr__(self, "v", v)
    def __setattr__(self, k, v):
        raise AttributeError(f"cannot set {k!r}: frozen")
    __delattr__ = __setattr__
f = Frozen(1)
for action in (lambda: setattr(f, "v", 2), lambda: delattr(f, "v")):
    try:
        action()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
print(f.v)
class O: pass
o = O()
setattr(o, "dyn", 5)
setattr(o, "with space", 1)
print(o.dyn, getattr(o, "with space"), sorted(vars(o)))
delattr(o, "dyn")
try:
    delattr(o, "dyn")
except AttributeError as e:
    print("AttributeError", e)
try:
    getattr(o, 5)
except TypeError as e:
    print("TypeError", e)
try:
    object().x = 1
except AttributeError as e:
    print("AttributeError", e)
try:
    o.missing
except AttributeError as e:
    print("AttributeError", e, e.name, type(e.obj).__name__)
