# with: __exit__ arguments, return values that suppress, exceptions in __enter__, nested with order.
class Rec:
    def __init__(self, name, suppress=False, fail_enter=False):
        self.name, self.suppress, self.fail_enter = name, suppress, fail_enter
    def __enter__(self):
        print("enter", self.name)
        if self.fail_enter:
            raise RuntimeError(f"enter of {self.name} failed")
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et and et.__name__, repr(ev), tb is not None)
        return self.suppress
with Rec("a"):
    pass
with Rec("b", suppress=True):
    raise ValueError("suppressed")
try:
    with Rec("outer"), Rec("inner", fail_enter=True):
        print("body not reached")
except RuntimeError as e:
    print("caught", e)
try:
    with Rec("x"):
        with Rec("y", suppress=True):
            raise KeyError("k")
        raise IndexError("i")
except IndexError as e:
    print("caught", repr(e))
class Truthy:
    def __enter__(self): return self
    def __exit__(self, *a): return "non-empty string is truthy"
with Truthy():
    raise TypeError("suppressed by truthy return")
print("after truthy suppression")
def gen_in_with():
    with Rec("gen"):
        yield 1
        yield 2
for v in gen_in_with():
    print("got", v)
class Reusable:
    def __init__(self): self.depth = 0
    def __enter__(self):
        self.depth += 1
        return self.depth
    def __exit__(self, *a):
        self.depth -= 1
r = Reusable()
with r as d1:
    with r as d2:
        print("depths", d1, d2)
print("final depth", r.depth)
