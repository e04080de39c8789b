# __call__, __enter__/__exit__ protocols, and __del__ timing (refcounting).
class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x, *, times=1):
        return (x + self.n) * times
add5 = Adder(5)
print(add5(1), add5(1, times=3), callable(add5), list(map(add5, [1, 2])))
class Tracked:
    def __init__(self, name):
        self.name = name
        print("create", name)
    def __del__(self):
        print("delete", self.name)
t = Tracked("a")
del t
print("after del")
t = Tracked("b")
t = Tracked("c")
print("after rebinding")
def scope():
    local = Tracked("local")
    print("leaving scope")
scope()
print("after scope")
items = [Tracked("in-list")]
items.clear()
print("after clear")
class Timer:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", exc_type.__name__ if exc_type else None, type(tb).__name__)
        return False
with Timer() as tm:
    print("inside", type(tm).__name__)
try:
    with Timer():
        raise ValueError("x")
except ValueError:
    print("propagated")
class CallViaClass:
    pass
CallViaClass.__call__ = lambda self: "assigned later"
print(CallViaClass()())
inst = Adder(1)
inst.__call__ = lambda x: "instance attr ignored"
print(inst(1))
print("end")
c = Tracked("module-level at exit")
