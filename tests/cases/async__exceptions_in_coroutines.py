# Exceptions inside coroutines: propagation through awaits, finally, throw, close.
import types
@types.coroutine
def step(tag):
    got = yield tag
    return got
async def risky(n):
    await step(f"risky {n}")
    if n == 2:
        raise ValueError(f"risky failed at {n}")
    return n
async def caller():
    results = []
    for n in range(4):
        try:
            results.append(await risky(n))
        except ValueError as e:
            results.append(f"caught: {e}")
        finally:
            results.append(f"finally {n}")
    return results
def drive(co):
    trace = []
    try:
        v = co.send(None)
        while True:
            trace.append(v)
            v = co.send(None)
    except StopIteration as e:
        return trace, e.value
print(drive(caller()))
async def uncaught():
    await step("before")
    raise KeyError("escapes coroutine")
try:
    drive(uncaught())
except KeyError as e:
    print("KeyError", e)
async def cleanup():
    try:
        await step("waiting")
    finally:
        print("cleanup ran")
co = cleanup()
co.send(None)
try:
    co.throw(RuntimeError("thrown in"))
except RuntimeError as e:
    print("RuntimeError", e)
co2 = cleanup()
co2.send(None)
co2.close()
async def catches_throw():
    try:
        await step("a")
    except ZeroDivisionError:
        return "recovered from thrown ZeroDivisionError"
c3 = catches_throw()
c3.send(None)
try:
    c3.throw(ZeroDivisionError)
except StopIteration as e:
    print(e.value)
async def raise_stopiteration():
    raise StopIteration("inside coroutine")
try:
    raise_stopiteration().send(None)
except RuntimeError as e:
    print("RuntimeError", e)
async def chain():
    try:
        await risky(2)
    except ValueError as e:
        raise TypeError("wrapped") from e
try:
    drive(chain())
except TypeError as e:
    print("TypeError", e, "| cause:", repr(e.__cause__))
