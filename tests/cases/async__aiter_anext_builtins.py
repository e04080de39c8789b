# aiter() and anext() builtins, anext with default, async iterator protocol errors.
def drive(aw):
    try:
        while True:
            aw.send(None)
    except StopIteration as e:
        return e.value
async def agen():
    yield "first"
    yield "second"
async def main():
    it = aiter(agen())
    out = [await anext(it), await anext(it), await anext(it, "default")]
    try:
        await anext(it)
    except StopAsyncIteration:
        out.append("StopAsyncIteration")
    return out
print(drive(main()))
class ARange:
    def __init__(self, n): self.i, self.n = 0, n
    def __aiter__(self): return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i
async def consume():
    return [x async for x in ARange(4)], await anext(ARange(1))
print(drive(consume()))
try:
    aiter([1, 2])
except TypeError as e:
    print("TypeError", e)
try:
    anext(iter([1]))
except TypeError as e:
    print("TypeError", e)
class BadAiter:
    def __aiter__(self):
        return 5
try:
    aiter(BadAiter())
except TypeError as e:
    print("TypeError", e)
class Ticker:
    def __aiter__(self): return self
    async def __anext__(self): raise StopAsyncIteration
async def bad_with():
    async with Ticker():
        pass
try:
    drive(bad_with())
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
