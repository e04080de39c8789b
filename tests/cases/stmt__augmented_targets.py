# Augmented assignment on attributes and subscripts evaluates the target once.
calls = []
class Obj:
    def __init__(self): self._v = 1
    @property
    def v(self):
        calls.append("get v")
        return self._v
    @v.setter
    def v(self, val):
        calls.append(f"set v={val}")
        self._v = val
def get_obj():
    calls.append("get_obj()")
    return o
o = Obj()
get_obj().v += 10
print(o._v, calls)
calls.clear()
class Store(dict):
    def __getitem__(self, k):
        calls.append(f"getitem {k}")
        return super().__getitem__(k)
    def __setitem__(self, k, v):
        calls.append(f"setitem {k}={v}")
        super().__setitem__(k, v)
s = Store(a=1)
def key():
    calls.append("key()")
    return "a"
s[key()] *= 5
print(s, calls)
calls.clear()
lst = [1, 2, 3]
def idx():
    calls.append("idx()")
    return 1
lst[idx()] **= 3
print(lst, calls)
x = [1]
y = x
x += [2]
print(x is y, y)
n = 5
n += n
print(n)
st = "ab"
st *= 2
print(st)
m = [[0]]
m[0][0] += 7
print(m)
class Counter:
    total = 0
c = Counter()
c.total += 1
print(c.total, Counter.total, "total" in vars(c))
t = (1,)
try:
    t[0] += 1
except TypeError as e:
    print("TypeError", e)
try:
    undefined_aug += 1
except NameError as e:
    print("NameError", e)
def local_aug():
    try:
        q += 1
    except UnboundLocalError as e:
        return str(e)
print(local_aug())
sl = [1, 2, 3, 4]
sl[1:3] += ["x"]
print(sl)
