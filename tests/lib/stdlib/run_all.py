"""Run every differential test of pyrite's pure-Python Lib/ modules against
CPython (needs a CPython 3.11 as python3).  Exit status 1 on any mismatch."""
import glob
import os
import subprocess
import sys

here = os.path.dirname(os.path.abspath(__file__))
failed = []
for path in sorted(glob.glob(os.path.join(here, 'test_*.py'))):
    p = subprocess.run([sys.executable, path], capture_output=True, text=True)
    last = (p.stdout.strip().splitlines() or ['(no output)'])[-1]
    print('%-28s %s' % (os.path.basename(path), last))
    if p.returncode:
        failed.append(path)
        print(p.stdout[-3000:], p.stderr[-3000:])
sys.exit(1 if failed else 0)
