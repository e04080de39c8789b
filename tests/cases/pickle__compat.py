import collections.abc, pickle, collections, functools, itertools, io
objs = [FileNotFoundError, ModuleNotFoundError, StopAsyncIteration, RecursionError, ResourceWarning,
        BlockingIOError, TimeoutError, range, functools.reduce, zip, map, filter, str, int, chr,
        collections.UserDict, collections.Counter, collections.abc.Mapping, itertools.filterfalse,
        bytes, bytearray, memoryview, dict, object, type, itertools.zip_longest, collections.deque,
        NotImplementedError, OSError, EnvironmentError]
for o in objs:
    try: print(pickle.dumps(o, 2))
    except Exception as e: print(type(e).__name__, e)
for data in (b"c__builtin__\nxrange\n(I0\nI3\nI1\ntR.", b"citertools\nizip\n(]tR.",
             b"cexceptions\nStandardError\n.", b"ccopy_reg\n_reconstructor\n.",
             b"c__builtin__\nunicode\n(S'x'\ntR.", b"\x80\x02cUserDict\nIterableUserDict\n)\x81}U\x04data}sb."):
    r = pickle.loads(data)
    print(type(r).__name__, r if type(r).__name__ not in ("zip", "function") else "")
try:
    pickle.loads(b"c__builtin__\nxrange\n.", fix_imports=False)
except Exception as e:
    print(type(e).__name__, e)
print(pickle.dumps(range, 2, fix_imports=False))
print(pickle.dumps([1, 2], 0, fix_imports=False))
