# Chains of awaits, exceptions crossing await, a tiny scheduler.
import types
@types.coroutine
def switch():
    yield
async def worker(name, n, log):
    for i in range(n):
        log.append(f"{name}{i}")
        await switch()
    return f"{name} done"
def round_robin(coros):
    results = {}
    queue = list(coros.items())
    while queue:
        name, co = queue.pop(0)
        try:
            co.send(None)
            queue.append((name, co))
        except StopIteration as e:
            results[name] = e.value
    return results
log = []
print(round_robin({"a": worker("a", 3, log), "b": worker("b", 1, log), "c": worker("c", 2, log)}))
print(log)
async def fails():
    await switch()
    raise ValueError("inside coroutine")
async def catches():
    try:
        await fails()
    except ValueError as e:
        return "caught: " + str(e)
print(round_robin({"x": catches()}))
async def deep(n):
    if n == 0:
        await switch()
        return 0
    return 1 + await deep(n - 1)
print(round_robin({"deep": deep(50)}))
async def finally_runs():
    try:
        await switch()
        await switch()
    finally:
        print("finally ran on close")
co = finally_runs()
co.send(None)
co.close()
async def gather(*cos):
    out = []
    for co in cos:
        out.append(await co)
    return out
print(round_robin({"g": gather(worker("p", 1, []), worker("q", 2, []))}))
async def recursion_of_awaits(n):
    return n if n == 0 else await recursion_of_awaits(n - 1)
print(round_robin({"r": recursion_of_awaits(100)}))
co2 = worker("z", 1, [])
print(co2.cr_running, co2.cr_await is None)
co2.send(None)
print(co2.cr_frame is not None)
co2.close()
print(co2.cr_frame)
