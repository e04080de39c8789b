"""Run the differential scenarios inside pyrite itself (PYTHONPATH=Lib) and
compare with CPython's results.  Informative only: the VM is still being
written, so mismatches here point at VM gaps as often as at Lib/ bugs.

    python3 tests/lib/stdlib/run_pyrite.py [path/to/pyrite] [test_x.py ...]
"""
import ast
import glob
import json
import os
import subprocess
import sys

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.normpath(os.path.join(here, '..', '..', '..'))
args = sys.argv[1:]
pyrite = os.path.join(root, 'target', 'debug', 'pyrite')
if args and not args[0].endswith('.py'):
    pyrite = args.pop(0)
tests = args or sorted(glob.glob(os.path.join(here, 'test_*.py')))
env = dict(os.environ, PYTHONPATH=os.path.join(root, 'Lib') + os.pathsep + here, PYTHONHASHSEED='0',
           PYTHONDONTWRITEBYTECODE='1')
total = bad_total = 0
for path in tests:
    path = os.path.join(here, os.path.basename(path))
    if 'fallback' in path:
        continue
    ref = subprocess.run([sys.executable, '-I', '-S', path, 'ref'], capture_output=True,
                         text=True, env=env)
    expected = json.loads(ref.stdout.strip().splitlines()[-1])
    try:
        p = subprocess.run([pyrite, path, 'pyrite'], capture_output=True, text=True,
                           env=env, timeout=300)
        got = ast.literal_eval(p.stdout.strip().splitlines()[-1])
    except Exception as e:
        err = (p.stderr.strip().splitlines() or ['?'])[-1] if 'p' in dir() else str(e)
        print('%-28s CRASH %s' % (os.path.basename(path), err[:200]))
        continue
    got = {g[0]: list(g[1:]) for g in got}
    bad = []
    for e in expected:
        if got.get(e[0]) != e[1:]:
            bad.append((e[0], e[1:], got.get(e[0])))
    total += len(expected)
    bad_total += len(bad)
    print('%-28s %d scenarios, %d differ' % (os.path.basename(path), len(expected), len(bad)))
    for name, want, have in bad:
        print('   %s\n      cpython: %s\n      pyrite : %s' % (name, str(want)[:300], str(have)[:300]))
print('total: %d scenarios, %d differ' % (total, bad_total))
