# Generator finalization: close on garbage collection, finally blocks, return in finally.
def resource(name):
    print("open", name)
    try:
        yield 1
        yield 2
    finally:
        print("close", name)
g = resource("a")
next(g)
del g
print("after del")
for v in resource("b"):
    if v == 1:
        break
print("after break")
def count():
    try:
        for i in range(3):
            yield i
    except GeneratorExit:
        print("GeneratorExit caught")
        raise
c = count()
next(c)
c.close()
print("closed", c.gi_frame)
def raise_other_on_close():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("different error during close")
r = raise_other_on_close()
next(r)
try:
    r.close()
except ValueError as e:
    print("ValueError", e)
def never_started():
    try:
        yield
    finally:
        print("never printed for unstarted generator")
ns = never_started()
ns.close()
print("unstarted close ok")
def yield_in_finally():
    try:
        yield "a"
    finally:
        print("finally runs")
gen = yield_in_finally()
print(next(gen))
print(list(gen))
def lines():
    try:
        yield "x"
    finally:
        print("lines finalised")
print([l.upper() for l in lines()])
print(sum(x for x in resource("c")))
