# super(): zero-arg, two-arg, in classmethods, properties, __init__ chains.
class A:
    def __init__(self):
        print("A.__init__")
        self.trail = ["A"]
    def greet(self, x):
        return f"A.greet({x})"
    @classmethod
    def make(cls):
        return f"A.make for {cls.__name__}"
    @property
    def prop(self):
        return "A.prop"
class B(A):
    def __init__(self):
        print("B.__init__")
        super().__init__()
        self.trail.append("B")
    def greet(self, x):
        return "B>" + super().greet(x + 1)
    @classmethod
    def make(cls):
        return "B>" + super().make()
    @property
    def prop(self):
        return "B>" + super().prop
class C(B):
    def greet(self, x):
        return "C>" + super(C, self).greet(x)
    def skip(self):
        return super(B, self).greet(0)
c = C()
print(c.trail)
print(c.greet(1), c.skip())
print(C.make(), B.make())
print(c.prop)
s = super(B, c)
print(type(s).__name__, s.greet(5))
print(repr(super(C, c)).startswith("<super: <class 'C'>, <C object>"))
def outside():
    try:
        super()
    except RuntimeError as e:
        print("RuntimeError", e)
outside()
try:
    super(C, 5)
except TypeError as e:
    print("TypeError", e)
class D:
    def m(self):
        return __class__.__name__
print(D().m())
class E(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)
e = E()
e["x"] = 4
print(e)
class F(list):
    def append(self, v):
        super().append(("wrapped", v))
f = F()
f.append(1)
print(f)
class G:
    def __init_subclass__(cls, **kw):
        print("G.__init_subclass__", cls.__name__, kw)
        super().__init_subclass__()
class H(G, flavor="x"):
    pass
print(super(C, C).make())
class Static:
    @staticmethod
    def s():
        try:
            return super().x
        except RuntimeError as e:
            return "RuntimeError " + str(e)
print(Static.s())
