# An exception thrown into a generator and not handled there.
def worker():
    total = 0
    while True:
        value = yield total
        total += value

w = worker()
next(w)
print(w.send(5))
print(w.send(7))
w.throw(RuntimeError("stop the worker"))
