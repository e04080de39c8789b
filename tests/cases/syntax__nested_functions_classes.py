# Functions and classes defined inside functions, classes inside classes, conditionals.
def factory(kind):
    if kind == "a":
        class A:
            def who(self): return "A from factory"
        return A
    else:
        def fn():
            return "function from factory"
        return fn
print(factory("a")().who(), factory("b")())
print(factory("a") is not factory("a"))
class Outer:
    class Inner:
        class Deepest:
            level = 3
        level = 2
    level = 1
    def make_inner(self):
        return self.Inner()
print(Outer.level, Outer.Inner.level, Outer.Inner.Deepest.level, Outer.Inner.Deepest.__qualname__)
print(type(Outer().make_inner()).__qualname__)
def counter_class():
    count = 0
    class Counter:
        def inc(self):
            nonlocal count
            count += 1
            return count
    return Counter
C = counter_class()
c1, c2 = C(), C()
print(c1.inc(), c2.inc(), c1.inc())
def decorator_factory(prefix):
    def decorator(cls):
        cls.prefix = prefix
        return cls
    return decorator
@decorator_factory(">>")
class Tagged:
    pass
print(Tagged.prefix)
if True:
    def conditional():
        return "defined in if"
else:
    def conditional():
        return "never"
print(conditional())
for i in range(2):
    def loop_fn(i=i):
        return i
print(loop_fn())
try:
    def in_try():
        return "defined in try"
finally:
    pass
print(in_try())
def recursive_inner(n):
    def helper(k):
        return 1 if k == 0 else k * helper(k - 1)
    return helper(n)
print(recursive_inner(6))
def gen_of_classes():
    for name in ["X", "Y"]:
        yield type(name, (), {"name": name})
print([k.name for k in gen_of_classes()])
