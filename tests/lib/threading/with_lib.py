"""Run a script under CPython with pyrite's Lib/ threading modules.

usage: python3 -I -S with_lib.py [--cpython] SCRIPT [ARGS...]

Without --cpython, pyrite's Lib/threading.py, Lib/queue.py,
Lib/_threading_local.py and Lib/concurrent/ are imported instead of
CPython's, and _thread is replaced by a copy that lacks what pyrite's VM
may not provide (_local, _excepthook, _ExceptHookArgs; with the environment
variable PYRITE_NO_SENTINEL=1 also _set_sentinel, with PYRITE_NO_RLOCK=1
also RLock), and _queue is hidden (with PYRITE_NO_TRACEBACK=1 also
traceback, linecache and logging).  With --cpython the script runs on
CPython's own modules, for comparison.
"""
import os
import sys
import types

sys.dont_write_bytecode = True  # keep Lib/ free of __pycache__
HERE = os.path.dirname(os.path.abspath(__file__))
LIB = os.path.normpath(os.path.join(HERE, '..', '..', '..', 'Lib'))
OURS = ('threading', 'queue', '_threading_local', 'concurrent')

args = sys.argv[1:]
use_cpython = False
if args and args[0] == '--cpython':
    use_cpython = True
    del args[0]

for name in list(sys.modules):
    if name.split('.')[0] in OURS:
        del sys.modules[name]

# Modules that need the real _thread (functools wants _thread.RLock) are
# imported before it is replaced; none of them imports threading.
import functools, re, enum, tempfile, shutil, atexit, warnings, traceback
import linecache, weakref, heapq, collections, io, time, itertools, gc
assert 'threading' not in sys.modules

if not use_cpython:
    import _thread as real_thread
    hidden = {'_local', '_excepthook', '_ExceptHookArgs'}
    if os.environ.get('PYRITE_NO_SENTINEL'):
        hidden.add('_set_sentinel')
    if os.environ.get('PYRITE_NO_RLOCK'):
        hidden.add('RLock')
    fake = types.ModuleType('_thread', real_thread.__doc__)
    for attr in dir(real_thread):
        if attr not in hidden and not attr.startswith('__'):
            setattr(fake, attr, getattr(real_thread, attr))
    sys.modules['_thread'] = fake
    sys.modules['_queue'] = None
    if os.environ.get('PYRITE_NO_TRACEBACK'):
        for name in ('traceback', 'linecache', 'logging'):
            sys.modules[name] = None
    # Only our modules: other Lib/ files (written by others) must not
    # shadow CPython's while testing.  Child processes get the same view.
    stage = tempfile.mkdtemp(prefix='pyrite-threading-lib-')
    for entry in ('threading.py', 'queue.py', '_threading_local.py', 'concurrent'):
        os.symlink(os.path.join(LIB, entry), os.path.join(stage, entry))
    atexit.register(shutil.rmtree, stage, True)
    os.environ['PYTHONPATH'] = stage
    os.environ['PYTHONDONTWRITEBYTECODE'] = '1'
    sys.path.insert(0, stage)
    import threading
    assert os.path.realpath(threading.__file__) == os.path.join(LIB, 'threading.py'), threading.__file__
    import queue
    assert os.path.realpath(queue.__file__) == os.path.join(LIB, 'queue.py'), queue.__file__
    import concurrent.futures
    assert os.path.realpath(concurrent.futures.__file__).startswith(LIB), concurrent.futures.__file__
    # Do not keep them imported: the script imports what it needs itself.
    for name in list(sys.modules):
        if name.split('.')[0] in ('queue', 'concurrent'):
            del sys.modules[name]
    del threading, queue, concurrent

script = args[0]
sys.argv = args
sys.path[0:0] = [os.path.dirname(os.path.abspath(script))]
with open(script, 'rb') as f:
    code = compile(f.read(), script, 'exec')
main = types.ModuleType('__main__')
main.__file__ = script
main.__builtins__ = __builtins__
sys.modules['__main__'] = main
exec(code, main.__dict__)
