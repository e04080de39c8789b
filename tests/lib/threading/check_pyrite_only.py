"""Checks of pyrite-specific behaviour that has no CPython counterpart.

usage: python3 check_pyrite_only.py

* `import threading` / `import queue` / `import concurrent.futures` only
  pull in the few modules they need (nothing heavy like os, warnings,
  traceback, logging or collections for threading);
* ProcessPoolExecutor is importable but raises NotImplementedError.
"""
import os
import subprocess
import sys
import tempfile

sys.dont_write_bytecode = True  # keep Lib/ free of __pycache__

HERE = os.path.dirname(os.path.abspath(__file__))
LIB = os.path.normpath(os.path.join(HERE, '..', '..', '..', 'Lib'))

stage = tempfile.mkdtemp()
for entry in ('threading.py', 'queue.py', '_threading_local.py', 'concurrent'):
    os.symlink(os.path.join(LIB, entry), os.path.join(stage, entry))

PROBE = r'''
import sys
sys.dont_write_bytecode = True
sys.path.insert(0, %r)
# Make _thread look like pyrite's minimal one.
import _thread, types
fake = types.ModuleType('_thread')
for k in dir(_thread):
    if k not in ('_local', '_excepthook', '_ExceptHookArgs') and not k.startswith('__'):
        setattr(fake, k, getattr(_thread, k))
sys.modules['_thread'] = fake
sys.modules['_queue'] = None
before = set(sys.modules)
import %s
print(sorted(set(sys.modules) - before))
'''
ALLOWED = {
    'threading': {'threading', '_threading_local', 'time', 'itertools', 'posix'},
    'queue': {'queue', 'threading', '_threading_local', 'time', 'itertools',
              'posix', '_collections', 'heapq', '_heapq'},
}
failed = 0
for module, allowed in ALLOWED.items():
    out = subprocess.run([sys.executable, '-I', '-S', '-c', PROBE % (stage, module)],
                         capture_output=True, text=True)
    imported = set(eval(out.stdout)) if out.returncode == 0 else None
    ok = imported is not None and imported <= allowed
    failed += not ok
    print('%s import %s: %s' % ('PASS' if ok else 'FAIL', module,
                                 sorted(imported) if imported is not None else out.stderr))

sys.path.insert(0, stage)
import concurrent.futures as cf
try:
    cf.ProcessPoolExecutor()
except NotImplementedError as e:
    print('PASS ProcessPoolExecutor() -> NotImplementedError:', e)
else:
    failed += 1
    print('FAIL ProcessPoolExecutor() did not raise')
try:
    with cf.ProcessPoolExecutor(max_workers=2) as ex:
        pass
except NotImplementedError:
    print('PASS ProcessPoolExecutor(max_workers=2) in with -> NotImplementedError')
else:
    failed += 1
    print('FAIL')
assert os.path.realpath(cf.__file__).startswith(LIB)
print('failed:', failed)
sys.exit(1 if failed else 0)
