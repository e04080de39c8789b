# A tiny event loop with sleeping coroutines ordered by virtual time (no real sleeping).
import types, heapq
@types.coroutine
def sleep(dt):
    yield ("sleep", dt)
class Loop:
    def __init__(self):
        self.now = 0
        self.ready = []
        self.seq = 0
        self.log = []
    def spawn(self, coro, name):
        heapq.heappush(self.ready, (self.now, self.seq, name, coro))
        self.seq += 1
    def run(self):
        results = {}
        while self.ready:
            self.now, _, name, coro = heapq.heappop(self.ready)
            try:
                cmd, dt = coro.send(None)
                heapq.heappush(self.ready, (self.now + dt, self.seq, name, coro))
                self.seq += 1
            except StopIteration as e:
                results[name] = (self.now, e.value)
        return results
loop = Loop()
async def ticker(name, period, n):
    for i in range(n):
        loop.log.append((loop.now, name, i))
        await sleep(period)
    return f"{name} finished"
loop.spawn(ticker("fast", 1, 4), "fast")
loop.spawn(ticker("slow", 3, 2), "slow")
loop.spawn(ticker("once", 0, 1), "once")
print(loop.run())
print(loop.log)
async def child(v):
    await sleep(v)
    return v * 10
async def parent():
    a = await child(2)
    b = await child(1)
    return a + b
loop2 = Loop()
loop2.spawn(parent(), "parent")
print(loop2.run())
