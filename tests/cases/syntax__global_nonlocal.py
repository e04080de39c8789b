# global and nonlocal declarations, nested scopes and closures.
counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump(); bump()
print(counter)
def make():
    global created
    created = "yes"
make()
print(created)
def outer():
    x = 1
    def inner():
        nonlocal x
        x += 10
        return x
    inner()
    inner()
    return x
print(outer())
def outer2():
    x = "outer"
    def mid():
        x = "mid"
        def inner():
            nonlocal x
            x = "changed-mid"
        inner()
        return x
    return mid(), x
print(outer2())
def acc():
    total = 0
    def add(n):
        nonlocal total
        total += n
        return total
    return add
a = acc()
print(a(1), a(2), a(3))
b = acc()
print(b(100), a(0))
x = "global x"
def shadow():
    x = "local x"
    def g():
        global x
        return x
    return g()
print(shadow())
def read_before_assign():
    try:
        print(counter)
        counter = 5
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
read_before_assign()
def loops():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    gs = []
    for i in range(3):
        gs.append(lambda i=i: i)
    return [f() for f in fs], [g() for g in gs]
print(loops())
class K:
    v = 1
    def m(self):
        return v if False else "v not visible from method"
print(K().m())
def cls_scope():
    y = 5
    class Inner:
        z = y + 1
    return Inner.z
print(cls_scope())
