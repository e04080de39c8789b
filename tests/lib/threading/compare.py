"""Compare pyrite's Lib threading modules with CPython's on the cases/.

usage: python3 compare.py [-v] [NAME_SUBSTRING...]

Each cases/*.py runs twice under `python3 -I -S with_lib.py`: once on
CPython's own modules (--cpython) and once on pyrite's Lib/ copies (in
several _thread configurations).  stdout and stderr must be equal after
masking addresses and collapsing the frames of the library modules in
tracebacks (their paths, line numbers and code are implementation details).
"""
import difflib
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
RUNNER = os.path.join(HERE, 'with_lib.py')
CASES = os.path.join(HERE, 'cases')

CONFIGS = [
    ('default', {}),
    ('no-sentinel', {'PYRITE_NO_SENTINEL': '1'}),
    ('no-rlock', {'PYRITE_NO_RLOCK': '1'}),
    # traceback, linecache and logging missing: the fallback printers.
    ('no-traceback', {'PYRITE_NO_TRACEBACK': '1'}),
]


def mask(text):
    text = re.sub(r'0x[0-9a-fA-F]+', '0xADDR', text)
    text = re.sub(r'Future \d+ in unexpected', 'Future ID in unexpected', text)
    # Frames inside the library modules themselves: their path, line
    # numbers and code are implementation details, so a run of them
    # (with source and caret lines) is collapsed into one marker.
    lib_frame = (r'  File "[^"]*/(?:threading|queue|_threading_local|'
                 r'concurrent/futures/[a-z_]+)\.py", line \d+, in .*\n'
                 r'(?:    .*\n)*')
    text = re.sub('(?:%s)+' % lib_frame, '  <library frames>\n', text)
    return text


def run(case, extra, env_add):
    env = dict(os.environ)
    env.update(env_add)
    env.pop('PYTHONPATH', None)
    p = subprocess.run([sys.executable, '-I', '-S', RUNNER] + extra + [case],
                       capture_output=True, text=True, env=env, timeout=120,
                       cwd=CASES)
    return mask('rc=%d\n--- stdout\n%s--- stderr\n%s' % (p.returncode, p.stdout, p.stderr))


def main():
    args = sys.argv[1:]
    verbose = '-v' in args
    args = [a for a in args if a != '-v']
    failed = 0
    names = sorted(n for n in os.listdir(CASES) if n.endswith('.py'))
    for name in names:
        if args and not any(a in name for a in args):
            continue
        case = os.path.join(CASES, name)
        with open(case) as f:
            header = f.readline()
        skip = header.split(':', 1)[1].split() if header.startswith('# skip-config:') else []
        expected = run(case, ['--cpython'], {})
        for label, env_add in CONFIGS:
            if label in skip:
                continue
            got = run(case, [], env_add)
            if got == expected:
                print('PASS %s [%s]' % (name, label))
            else:
                failed += 1
                print('FAIL %s [%s]' % (name, label))
                if verbose:
                    sys.stdout.writelines(difflib.unified_diff(
                        expected.splitlines(True), got.splitlines(True),
                        'cpython', 'pyrite-lib'))
    print('failed:', failed)
    sys.exit(1 if failed else 0)


main()
