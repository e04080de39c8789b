# Async generators: asend, athrow, aclose, driven manually.
import types
@types.coroutine
def pause():
    yield "paused"
def drive(aw):
    try:
        while True:
            aw.send(None)
    except StopIteration as e:
        return e.value
async def counter(n):
    try:
        for i in range(n):
            got = yield i
            if got:
                print("asend got", got)
            await pause()
    finally:
        print("counter cleanup")
ag = counter(5)
print(drive(ag.__anext__()))
print(drive(ag.asend("hello")))
print(drive(ag.__anext__()))
drive(ag.aclose())
try:
    drive(ag.__anext__())
except StopAsyncIteration:
    print("StopAsyncIteration after aclose")
async def catcher():
    while True:
        try:
            yield "ok"
        except ValueError as e:
            yield f"caught {e}"
c = catcher()
print(drive(c.__anext__()))
print(drive(c.athrow(ValueError("x"))))
async def finite():
    yield 1
    yield 2
f = finite()
vals = []
while True:
    try:
        vals.append(drive(f.__anext__()))
    except StopAsyncIteration:
        break
print(vals)
print(finite.__name__, type(finite()).__name__)
import inspect
print(inspect.isasyncgenfunction(finite), inspect.isasyncgen(finite()))
async def use_comprehension():
    return [x async for x in finite() if x > 1], {x: x async for x in finite()}
print(drive(use_comprehension()))
async def return_in_agen():
    yield 1
    return
print([drive(a) for a in [return_in_agen().__anext__()]])
