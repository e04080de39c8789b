# async def, await, async for/with, async generators and comprehensions.
import asyncio
log = []
class ACM:
    async def __aenter__(self):
        log.append("aenter")
        await asyncio.sleep(0)
        return "res"
    async def __aexit__(self, t, v, tb):
        log.append(f"aexit {t.__name__ if t else None}")
        return t is KeyError
async def agen(n):
    try:
        for i in range(n):
            await asyncio.sleep(0)
            yield i
    finally:
        log.append("agen finally")
class AIter:
    def __init__(self):
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        self.i += 1
        if self.i > 3:
            raise StopAsyncIteration
        return self.i * 10
async def child(x):
    await asyncio.sleep(0)
    return x * 2
async def main():
    async with ACM() as r:
        log.append(r)
    async with ACM():
        raise KeyError("suppressed")
    try:
        async with ACM():
            raise ValueError("v")
    except ValueError:
        log.append("caught v")
    total = 0
    async for v in agen(4):
        if v == 2:
            continue
        total += v
    else:
        log.append("for else")
    async for v in AIter():
        if v == 20:
            break
        log.append(v)
    vals = [await child(i) for i in range(3)]
    avals = [v async for v in agen(3) if v]
    gsum = sum([x async for x in AIter()])
    results = await asyncio.gather(child(1), child(2))
    return total, vals, avals, gsum, results
print(asyncio.run(main()))
print(log)
