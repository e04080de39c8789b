# async def / await driven manually with .send(None): no event loop.
import types
@types.coroutine
def suspend(value):
    received = yield value
    return received
async def add(a, b):
    x = await suspend(("need", a))
    y = await suspend(("need", b))
    return x + y
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
print(run(add(1, 2), [10, 20]))
async def simple():
    return "simple"
c = simple()
print(type(c).__name__, c.__name__, c.__qualname__)
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value)
async def nested():
    a = await simple()
    b = await add(1, 1)
    return a, b
print(run(nested(), [3, 4]))
c2 = simple()
c2.close()
try:
    c2.send(None)
except RuntimeError as e:
    print("RuntimeError", e)
c3 = simple()
try:
    c3.send(None)
except StopIteration:
    pass
try:
    c3.send(None)
except RuntimeError as e:
    print("RuntimeError", e)
