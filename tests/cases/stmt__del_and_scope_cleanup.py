# del interacting with closures, loop variables, exception targets and object finalisation order.
class Noisy:
    def __init__(self, n): self.n = n
    def __del__(self): print("finalise", self.n)
a = Noisy(1)
b = a
del a
print("a deleted, b still references")
del b
print("b deleted")
items = [Noisy(i) for i in range(2, 4)]
del items[0]
print("after del items[0]")
items = None
print("after rebinding list")
d = {"k": Noisy(4)}
del d["k"]
print("after dict del")
def f():
    x = Noisy(5)
    def g():
        return x.n
    del x
    try:
        g()
    except NameError as e:
        print("NameError", e)
f()
for i in range(2):
    pass
del i
print("i" in dir())
try:
    raise ValueError("temp")
except ValueError as err:
    pass
print("err" in dir())
t = Noisy(6)
t = Noisy(7)
print("t rebound")
del t
print("end")
