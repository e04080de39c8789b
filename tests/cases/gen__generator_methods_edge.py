# Generator edge cases: throw with traceback arg forms, send after exhaustion, gi_ attributes, gi_yieldfrom.
def g():
    x = yield 1
    yield x
gen = g()
print(gen.gi_code.co_name, gen.gi_frame is not None, gen.gi_running, gen.gi_yieldfrom)
print(next(gen), gen.send("sent"))
try:
    gen.send("again")
except StopIteration:
    print("exhausted")
print(gen.gi_frame)
def outer():
    yield from inner()
def inner():
    yield "i1"
    yield "i2"
o = outer()
next(o)
print(o.gi_yieldfrom.__name__ if o.gi_yieldfrom else None)
def catcher():
    while True:
        try:
            yield
        except Exception as e:
            print("caught", type(e).__name__, e)
c = catcher()
next(c)
c.throw(ValueError("instance"))
c.throw(KeyError)
c.throw(TypeError, TypeError("old-style pair"))
c.close()
def empty():
    return
    yield
print(list(empty()), list(empty()))
def genexpr_scope():
    x = 10
    return list(x + i for i in range(3))
print(genexpr_scope())
def self_ref():
    yield 1
sr = self_ref()
print(iter(sr) is sr, sr.__next__(), next(sr, "done"))
import types
@types.coroutine
def old_style():
    yield "old"
print(list(old_style()))
def recursive_gen(n):
    if n:
        yield n
        yield from recursive_gen(n - 1)
print(list(recursive_gen(5)))
print(sum(1 for _ in recursive_gen(200)))
