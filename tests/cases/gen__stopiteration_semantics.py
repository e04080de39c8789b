# StopIteration inside generators (PEP 479), iteration end, return in gen.
def g():
    yield 1
    return 99
it = g()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("value:", e.value, "args:", e.args)
def raises_stop():
    yield 1
    next(iter([]))
try:
    print(list(raises_stop()))
except RuntimeError as e:
    print("RuntimeError:", e)
    print("cause:", type(e.__cause__).__name__)
def gen_with_try():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
for x in gen_with_try():
    print(x)
    break
print("after break")
import gc
gc.collect()
class It:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration("custom")
        return self.n
print(list(It()))
i = It()
for v in i:
    pass
print("next after exhaustion:", next(i, "default"))
print(next(iter(()), "empty default"))
try:
    next(iter([]))
except StopIteration as e:
    print("bare", repr(e))
e = StopIteration(1, 2)
print(e.value, e.args)
print(StopIteration().value)
def ret_tuple():
    return (1, 2)
    yield
try:
    next(ret_tuple())
except StopIteration as e:
    print(e.value)
def gen_stop_caught():
    try:
        next(iter([]))
    except StopIteration:
        yield "caught inside"
print(list(gen_stop_caught()))
