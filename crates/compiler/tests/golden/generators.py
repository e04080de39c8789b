def gen():
    x = yield 1
    yield from other()
async def co():
    await thing()
    async for i in ait:
        pass
