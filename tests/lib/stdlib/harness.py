"""Differential test harness: run the same scenarios against CPython's
module and pyrite's Lib/ copy (loaded under another name), compare."""
import importlib.util
import os
import sys
import traceback

LIB = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..', 'Lib')
LIB = os.path.normpath(LIB)


def load(name, alias=None):
    """Load Lib/<name>.py (or package) under the name 'pyrite_<name>'."""
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
    import re
    text = re.sub(r' at 0x[0-9a-f]+', ' at 0x?', text)
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
    return [v for k, v in sorted(ns.items()) if k.startswith('t_') and callable(v)]
