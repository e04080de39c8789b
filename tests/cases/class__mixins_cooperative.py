# Cooperative multiple inheritance with **kwargs passing through super().__init__ and mixins.
class Base:
    def __init__(self, **kw):
        print("Base init, leftover:", sorted(kw))
        super().__init__()
class NameMixin(Base):
    def __init__(self, name="anon", **kw):
        print("NameMixin init", name)
        self.name = name
        super().__init__(**kw)
class AgeMixin(Base):
    def __init__(self, age=0, **kw):
        print("AgeMixin init", age)
        self.age = age
        super().__init__(**kw)
class Person(NameMixin, AgeMixin):
    def __init__(self, **kw):
        print("Person init")
        super().__init__(**kw)
p = Person(name="Ann", age=30, extra=1)
print(p.name, p.age, [c.__name__ for c in Person.__mro__])
class ReprMixin:
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in sorted(vars(self).items()))
        return f"{type(self).__name__}({fields})"
class EqMixin:
    def __eq__(self, other):
        return type(self) is type(other) and vars(self) == vars(other)
    __hash__ = None
class Point(ReprMixin, EqMixin):
    def __init__(self, x, y):
        self.x, self.y = x, y
print(Point(1, 2), Point(1, 2) == Point(1, 2), Point(1, 2) == Point(2, 1), Point.__hash__)
class Loud:
    def hello(self): return ["Loud"]
class A(Loud):
    def hello(self): return ["A"] + super().hello()
class B(Loud):
    def hello(self): return ["B"] + super().hello()
class C(A, B):
    def hello(self): return ["C"] + super().hello()
print(C().hello())
