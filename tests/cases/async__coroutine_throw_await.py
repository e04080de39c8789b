# Coroutines: throw into a suspended coroutine, inspect helpers, __await__ objects, awaiting non-awaitables.
import types
@types.coroutine
def suspend(value):
    received = yield value
    return received
async def add(a, b):
    x = await suspend(("need", a))
    y = await suspend(("need", b))
    return x + y
async def simple():
    return "simple"
def run(coro, answers):
    result = None
    try:
        request = coro.send(None)
        while True:
            print("coroutine asked", request)
            request = coro.send(answers.pop(0))
    except StopIteration as e:
        result = e.value
    return result
async def thrower():
    try:
        await suspend("waiting")
    except ValueError as e:
        return f"handled {e}"
t = thrower()
print(t.send(None))
try:
    t.throw(ValueError("injected"))
except StopIteration as e:
    print(e.value)
import inspect
print(inspect.iscoroutinefunction(add), inspect.iscoroutinefunction(run))
x = add(1, 2)
print(inspect.iscoroutine(x))
x.close()
sc = simple()
try:
    iter(sc)
except TypeError as e:
    print("TypeError", e)
sc.close()
class Awaitable:
    def __await__(self):
        v = yield "from __await__"
        return v * 2
async def use_awaitable():
    return await Awaitable()
print(run(use_awaitable(), [21]))
async def await_bad():
    await 5
b = await_bad()
try:
    b.send(None)
except TypeError as e:
    print("TypeError", e)
