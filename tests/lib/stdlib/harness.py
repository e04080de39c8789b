"""Differential test harness: run the same scenarios against CPython's
module and pyrite's Lib/ copy (loaded under another name), compare."""
import sys

# Only sys at import time: this file is also imported by pyrite itself
# (see run_pyrite.py), which may not have os, re or json yet.
try:
    import os
    LIB = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                        '..', '..', '..', 'Lib'))
except ImportError:     # inside pyrite (run_pyrite.py sets PYTHONPATH)
    LIB = None


def load(name, alias=None):
    """Load Lib/<name>.py (or package) under the name 'pyrite_<name>'."""
    import importlib.util
    import os
    alias = alias or 'pyrite_' + name.replace('.', '_')
    path = os.path.join(LIB, *name.split('.')) + '.py'
    if not os.path.exists(path):
        path = os.path.join(LIB, *name.split('.'), '__init__.py')
    spec = importlib.util.spec_from_file_location(alias, path)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[alias] = mod
    spec.loader.exec_module(mod)
    assert mod.__file__.startswith(LIB), mod.__file__
    return mod


def norm(text, names):
    # replace addresses: ' at 0x7f...' -> ' at 0x?' (written without str
    # methods, which pyrite's VM may not have yet)
    marker = ' at 0x'
    if marker in text:
        out = ''
        i = 0
        n = len(text)
        while i < n:
            if text[i:i + 6] == marker:
                out += marker + '?'
                i += 6
                while i < n and text[i] in '0123456789abcdef':
                    i += 1
            else:
                out += text[i]
                i += 1
        text = out
    for a, b in names:
        text = text.replace(a, b)
    return text


def run(scenarios, mod, names=()):
    names = list(names)
    out = []
    for sc in scenarios:
        try:
            r = sc(mod)
            out.append((sc.__name__, 'ok', norm(repr(r), names)))
        except BaseException as e:
            out.append((sc.__name__, 'exc', type(e).__name__, norm(str(e), names)))
    return out


def compare(scenarios, ref, mine, names=()):
    a = run(scenarios, ref)
    b = run(scenarios, mine, names)
    bad = 0
    for x, y in zip(a, b):
        if x != y:
            bad += 1
            print('MISMATCH', x[0])
            print('   cpython:', x[1:])
            print('   pyrite :', y[1:])
    print('%d scenarios, %d mismatches' % (len(a), bad))
    return bad


def scenario_list(ns):
    return [v for k, v in sorted(ns.items()) if k[:2] == 't_' and callable(v)]


PURGE = ['abc', '_collections_abc', 'collections', 'collections.abc',
         'functools', 'operator', 'itertools', 'keyword', 'reprlib', 'heapq',
         'types', 'copy', 'contextlib', 'string', 'textwrap', 'bisect']


def main_subprocess(script, ns, modname, check=(), factory=None):
    """Run the scenarios of a test script twice in fresh `python3 -I -S`
    processes: once with CPython's modules, once with Lib/ first on sys.path
    (after purging already imported copies), and compare the outputs."""
    if len(sys.argv) > 1 and sys.argv[1] == 'pyrite':
        # run by pyrite with PYTHONPATH=Lib: print the results as a repr
        if factory:
            mod = factory()
        else:
            __import__(modname)
            mod = sys.modules[modname]
        print(repr(run(scenario_list(ns), mod)))
        return 0
    import importlib
    import json
    import os
    import subprocess
    if len(sys.argv) > 1 and sys.argv[1] in ('ref', 'mine'):
        if sys.argv[1] == 'mine':
            sys.path.insert(0, LIB)
            # abc, _collections_abc, ... are frozen in CPython 3.11
            # (and itertools is built in): let the path finder go first
            sys.meta_path[:] = ([f for f in sys.meta_path
                                 if getattr(f, '__name__', '') == 'PathFinder'] +
                                [f for f in sys.meta_path
                                 if getattr(f, '__name__', '') not in ('PathFinder', 'FrozenImporter')])
            for n in PURGE:
                sys.modules.pop(n, None)
        mod = factory() if factory else importlib.import_module(modname)
        names = tuple(check) + (() if factory else (modname,))
        for n in names:
            f = getattr(importlib.import_module(n), '__file__', '') or ''
            assert f.startswith(LIB) == (sys.argv[1] == 'mine'), (n, f)
        print(json.dumps(run(scenario_list(ns), mod)))
        return 0
    outs = []
    for mode in ('ref', 'mine'):
        p = subprocess.run([sys.executable, '-I', '-S', os.path.abspath(script), mode],
                           capture_output=True, text=True,
                           env=dict(os.environ, PYTHONHASHSEED='0',
                                    PYTHONDONTWRITEBYTECODE='1'))
        if p.returncode:
            print(p.stdout, p.stderr)
            return 1
        outs.append(json.loads(p.stdout.strip().splitlines()[-1]))
    a, b = outs
    bad = 0
    for x, y in zip(a, b):
        if x != y:
            bad += 1
            print('MISMATCH', x[0])
            print('   cpython:', x[1:])
            print('   pyrite :', y[1:])
    print('%d scenarios, %d mismatches' % (len(a), bad))
    return 1 if bad else 0
