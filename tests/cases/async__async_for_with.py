# async for and async with using __aiter__/__anext__/__aenter__/__aexit__.
import types
@types.coroutine
def tick(tag):
    yield tag
class Ticker:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await tick(f"tick {self.i}")
        return self.i * 10
class Resource:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        await tick(f"open {self.name}")
        print("enter", self.name)
        return self
    async def __aexit__(self, et, ev, tb):
        await tick(f"close {self.name}")
        print("exit", self.name, et.__name__ if et else None)
        return et is KeyError
async def main():
    out = []
    async for v in Ticker(3):
        out.append(v)
    else:
        out.append("else")
    async with Resource("r1") as r, Resource("r2"):
        out.append(r.name)
    async with Resource("r3"):
        raise KeyError("swallowed")
    try:
        async with Resource("r4"):
            raise ValueError("escapes")
    except ValueError as e:
        out.append(str(e))
    comp = [v async for v in Ticker(2)]
    out.append(comp)
    return out
def drive(coro):
    steps = []
    try:
        while True:
            steps.append(coro.send(None))
    except StopIteration as e:
        return steps, e.value
steps, value = drive(main())
print(steps)
print(value)
async def agen():
    for i in range(3):
        await tick(f"agen {i}")
        yield i
async def consume():
    total = []
    async for v in agen():
        total.append(v)
    return total
print(drive(consume()))
ag = agen()
print(type(ag).__name__, type(ag.__anext__()).__name__)
async def bad_for():
    async for x in [1, 2]:
        pass
try:
    drive(bad_for())
except TypeError as e:
    print("TypeError", e)
