# yield from: delegation, return values, send/throw pass-through.
def inner():
    x = yield "inner-1"
    print("inner got", x)
    y = yield "inner-2"
    print("inner got", y)
    return "inner result"
def outer():
    r = yield from inner()
    print("outer got result", r)
    yield "outer-after"
    return "outer result"
g = outer()
print(next(g))
print(g.send("A"))
print(g.send("B"))
try:
    next(g)
except StopIteration as e:
    print("final", e.value)
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(3), (x * 10 for x in range(2)))))
def tree(node):
    if isinstance(node, list):
        for child in node:
            yield from tree(child)
    else:
        yield node
print(list(tree([1, [2, [3, 4], 5], [[6]]])))
def catcher():
    while True:
        try:
            yield "ready"
        except KeyError as e:
            print("inner caught", e)
def delegator():
    yield from catcher()
d = delegator()
next(d)
print(d.throw(KeyError("passes through")))
def closer():
    try:
        yield 1
    finally:
        print("inner closed")
def deleg2():
    try:
        yield from closer()
    finally:
        print("outer closed")
d2 = deleg2()
next(d2)
d2.close()
def stopper():
    yield 1
    raise StopIteration("bad")
try:
    list(stopper())
except RuntimeError as e:
    print("RuntimeError", e, "| cause:", repr(e.__cause__))
def yf_iter():
    r = yield from [1, 2]
    print("list yield-from returns", r)
print(list(yf_iter()))
try:
    def bad():
        yield from 5
    list(bad())
except TypeError as e:
    print("TypeError", e)
def accumulate():
    tally = 0
    while True:
        nxt = yield
        if nxt is None:
            return tally
        tally += nxt
def gather(tallies):
    while True:
        tally = yield from accumulate()
        tallies.append(tally)
tallies = []
acc = gather(tallies)
next(acc)
for i in range(4):
    acc.send(i)
acc.send(None)
for i in range(5):
    acc.send(i)
acc.send(None)
print(tallies)
