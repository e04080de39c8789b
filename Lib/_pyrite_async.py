"""Helpers for builtins implemented in Python: the awaitable that
anext(aiterator, default) returns."""


async def anext_default(aiterator, default):
    try:
        return await type(aiterator).__anext__(aiterator)
    except StopAsyncIteration:
        return default
