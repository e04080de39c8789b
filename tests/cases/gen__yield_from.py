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
