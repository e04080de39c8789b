# with: one and several items, as-targets, exceptions, suppression.
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.suppress
with CM("a") as x:
    print("body", x)
with CM("a") as x, CM("b") as y:
    print("body", x, y)
with (CM("p") as p,
      CM("q") as q):
    print("paren", p, q)
with CM("nobind"):
    print("no as")
with CM("s", suppress=True):
    raise ValueError("suppressed")
print("after suppressed")
try:
    with CM("outer"), CM("inner"):
        raise KeyError("boom")
except KeyError as e:
    print("propagated", e)
try:
    with CM("one", suppress=False), CM("two", suppress=True):
        raise RuntimeError("two eats it")
    print("inner suppressed; continue")
except RuntimeError:
    print("not here")
def ret():
    with CM("r"):
        return "returned"
print(ret())
for i in range(3):
    with CM(f"loop{i}"):
        if i == 1:
            continue
        if i == 2:
            break
        print("body", i)
with CM("t") as (t):
    print(t)
class Pair:
    def __enter__(self):
        return (1, 2)
    def __exit__(self, *a):
        return None
with Pair() as (m, n):
    print(m, n)
try:
    with 42:
        pass
except TypeError as e:
    print("TypeError", e)
class OnlyEnter:
    def __enter__(self):
        return self
try:
    with OnlyEnter():
        pass
except TypeError as e:
    print("TypeError", e)
