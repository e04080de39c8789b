# Generator basics: yield, StopIteration value, state, reprs, laziness.
def count_to(n):
    print("start")
    i = 0
    while i < n:
        yield i
        i += 1
    print("end")
    return "done"
g = count_to(3)
print(type(g).__name__, g.__name__, g.__qualname__)
print(repr(g).startswith("<generator object count_to at 0x"))
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value", e.value, e.args)
try:
    next(g)
except StopIteration as e:
    print("again", e.value)
print(list(count_to(4)))
def lazy():
    print("body runs only when iterated")
    yield
gen = lazy()
print("created")
print(next(gen))
import inspect
def states():
    yield 1
s = states()
print(inspect.getgeneratorstate(s))
next(s)
print(inspect.getgeneratorstate(s))
list(s)
print(inspect.getgeneratorstate(s))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import itertools
print(list(itertools.islice(fib(), 15)))
def gen_expr_like():
    yield from (x * x for x in range(4))
print(list(gen_expr_like()))
def early():
    return 5
    yield
print(list(early()))
try:
    next(early())
except StopIteration as e:
    print("early value", e.value)
def running():
    yield g2.gi_running
g2 = running()
print(next(g2), g2.gi_running)
def reenter():
    yield next(g3)
g3 = reenter()
try:
    next(g3)
except ValueError as e:
    print("ValueError", e)
print(g3.gi_frame is None)
