#!/usr/bin/env python3
"""Regenerate the expected outputs of the golden programs from CPython 3.11.

usage: python3 tests/bless.py [NAME ...]

NAME is a case name (`str__methods`), a file name (`str__methods.py`) or a
substring; without NAME every `tests/cases/*.py` is blessed.

Each case runs exactly as `crates/cli/tests/golden.rs` runs it:

    cd tests/cases && <cpython> <name>.py [ARGS from a `# args:` header]

stdin is `<name>.in` if it exists, else /dev/null; the environment is ours
minus every PYTHON* variable, plus PYTHONHASHSEED=0, TZ=UTC, LC_ALL=C.UTF-8;
timeout 60 s. Written files: `<name>.out` (stdout, always), `<name>.err`
(stderr, only when non-empty) and `<name>.rc` (exit status, only when
non-zero). Stale `.err`/`.rc` files are removed.

<cpython> is the real binary behind `python3` (sys.executable), never a shim,
so that no wrapper changes the environment. Never edit the outputs by hand.

CPython prints the script's absolute path in tracebacks (`File "/abs/..."`);
so that expectations do not depend on where the repository is checked out,
the absolute path of tests/cases (followed by "/") is replaced by the token
`<CASES>/` in .out and .err. The harness does the same to the interpreter's
output before comparing, so the interpreter must still print the absolute
path exactly as CPython does.
"""

import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
TIMEOUT = 60


def header(path):
    """Return (args, stderr_mode) from the leading `# key: value` lines."""
    args, mode = [], "full"
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i >= 10 or not line.startswith("#"):
                break
            body = line[1:].strip()
            if body.startswith("args:"):
                args = body[len("args:"):].split()
            elif body.startswith("stderr:"):
                mode = body[len("stderr:"):].strip()
    return args, mode


def env():
    e = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    e["PYTHONHASHSEED"] = "0"
    e["TZ"] = "UTC"
    e["LC_ALL"] = "C.UTF-8"
    return e


def normalise(data):
    return data.replace(os.path.realpath(CASES).encode() + b"/", b"<CASES>/")


def bless(name):
    py = os.path.join(CASES, name + ".py")
    args, _ = header(py)
    stdin_path = os.path.join(CASES, name + ".in")
    stdin = open(stdin_path, "rb") if os.path.exists(stdin_path) else subprocess.DEVNULL
    try:
        p = subprocess.run([sys.executable, name + ".py", *args], cwd=CASES,
                           stdin=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           env=env(), timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return f"{name}: TIMEOUT (nothing written)"
    finally:
        if stdin is not subprocess.DEVNULL:
            stdin.close()
    base = os.path.join(CASES, name)
    p.stdout = normalise(p.stdout)
    p.stderr = normalise(p.stderr)
    with open(base + ".out", "wb") as f:
        f.write(p.stdout)
    for ext, keep, data in ((".err", bool(p.stderr), p.stderr),
                            (".rc", p.returncode != 0, f"{p.returncode}\n".encode())):
        if keep:
            with open(base + ext, "wb") as f:
                f.write(data)
        elif os.path.exists(base + ext):
            os.remove(base + ext)
    note = f" rc={p.returncode}" if p.returncode else ""
    note += " stderr" if p.stderr else ""
    return f"{name}: ok{note}"


def main(argv):
    if sys.version_info[:2] != (3, 11):
        sys.exit(f"bless.py must run under CPython 3.11, not {sys.version.split()[0]}")
    names = sorted(f[:-3] for f in os.listdir(CASES) if f.endswith(".py"))
    if argv:
        wanted = set()
        for a in argv:
            a = os.path.basename(a)
            a = a[:-3] if a.endswith(".py") else a
            hits = [n for n in names if n == a] or [n for n in names if a in n]
            if not hits:
                sys.exit(f"no case matches {a!r}")
            wanted.update(hits)
        names = sorted(wanted)
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as ex:
        for line in ex.map(bless, names):
            print(line)
    print(f"blessed {len(names)} cases")


if __name__ == "__main__":
    main(sys.argv[1:])
