"""Run the threading programs of the FAQ corpus on pyrite's Lib/ modules.

usage: python3 run_faq.py [FAQ_DIR]   (default /work/shared/faq)

Each of 14_threading_basics .. 17_thread_safe runs under CPython through
with_lib.py (so threading, queue and concurrent.futures come from Lib/), in
every _thread configuration of compare.py, in a fresh temporary directory;
its stdout must equal the .out file and the exit status must be 0.
"""
import glob
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
FAQ = sys.argv[1] if len(sys.argv) > 1 else '/work/shared/faq'
CONFIGS = [
    ('default', {}),
    ('no-sentinel', {'PYRITE_NO_SENTINEL': '1'}),
    ('no-rlock', {'PYRITE_NO_RLOCK': '1'}),
    ('no-traceback', {'PYRITE_NO_TRACEBACK': '1'}),
]
failed = 0
for number in ('14', '15', '16', '17'):
    (program,) = glob.glob(os.path.join(FAQ, number + '_*.py'))
    with open(program[:-3] + '.out') as f:
        expected = f.read()
    for label, extra in CONFIGS:
        work = tempfile.mkdtemp()
        try:
            shutil.copy(program, work)
            env = {k: v for k, v in os.environ.items() if not k.startswith('PYTHON')}
            env.update(extra)
            env.update(LC_ALL='C.UTF-8', LANG='C.UTF-8')
            p = subprocess.run(
                [sys.executable, '-I', '-S', os.path.join(HERE, 'with_lib.py'),
                 os.path.basename(program)],
                cwd=work, env=env, capture_output=True, text=True, timeout=120,
                stdin=subprocess.DEVNULL)
        finally:
            shutil.rmtree(work, True)
        ok = p.returncode == 0 and p.stdout == expected
        failed += not ok
        print('%s %s [%s]' % ('PASS' if ok else 'FAIL', os.path.basename(program), label))
        if not ok:
            print(p.stderr[-2000:])
print('failed:', failed)
sys.exit(1 if failed else 0)
