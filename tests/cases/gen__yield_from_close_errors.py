# yield from: close propagation to the inner generator, StopIteration inside, non-iterables,
# and delegating accumulators.
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
