# Generator close() when GeneratorExit is ignored, throw() into unstarted/started generators,
# return values from close/throw.
def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"
g3 = ignores_exit()
next(g3)
try:
    g3.close()
except RuntimeError as e:
    print("RuntimeError", e)
def simple():
    yield 1
    yield 2
g4 = simple()
try:
    g4.throw(KeyError("k"))
except KeyError as e:
    print("unstarted throw propagates", e)
print(list(g4))
g5 = simple()
next(g5)
try:
    g5.throw(TypeError)
except TypeError as e:
    print("TypeError class thrown", repr(e))
def returns_on_exit():
    try:
        yield 1
    finally:
        return "ret"
g6 = returns_on_exit()
next(g6)
print(g6.close())
def catch_and_return():
    try:
        yield 1
    except ValueError:
        return "value from throw"
g7 = catch_and_return()
next(g7)
try:
    g7.throw(ValueError)
except StopIteration as e:
    print("StopIteration", e.value)
def running_total():
    total = 0
    while True:
        v = yield total
        if v is None:
            break
        total += v
    return total
rt = running_total()
next(rt)
for n in [1, 2, 3]:
    print("total", rt.send(n))
