#!/usr/bin/env python3
"""Run the pyrite benchmark suite: each benches/bm_*.py under CPython and pyrite.

usage: python3 benches/run.py [--pyrite PATH] [--reps N] [-k SUBSTR] [--json FILE]
                              [--timeout SECONDS]

Every benchmark is run under `<cpython> -S` and `<pyrite> -S`, --reps times each;
the minimum wall time is kept.  The stdout of both must be identical, otherwise
the row is marked MISMATCH; a pyrite crash / non-zero exit / timeout is FAIL.
FAIL and MISMATCH rows are left out of the geometric mean.

Runs under CPython (3.8+), uses only the standard library.
"""
import argparse
import json
import math
import os
import subprocess
import sys
import time

BENCH_DIR = os.path.dirname(os.path.abspath(__file__))
REPO_ROOT = os.path.dirname(BENCH_DIR)


def find_cpython():
    """The real interpreter binary: `python3` on PATH may be a wrapper script."""
    try:
        out = subprocess.run(["python3", "-c", "import sys; print(sys.executable)"],
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                             universal_newlines=True, timeout=60)
        path = out.stdout.strip()
        if out.returncode == 0 and path and os.path.isfile(path):
            return os.path.realpath(path)
    except (OSError, subprocess.SubprocessError):
        pass
    return os.path.realpath(sys.executable)


def resolve_pyrite(path):
    if os.path.isabs(path) or os.path.exists(path):
        return os.path.abspath(path)
    return os.path.join(REPO_ROOT, path)


def run_once(argv, timeout):
    """Returns (wall seconds, returncode, stdout, stderr); returncode None on timeout."""
    t0 = time.perf_counter()
    try:
        p = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           stdin=subprocess.DEVNULL, timeout=timeout, cwd=BENCH_DIR)
    except subprocess.TimeoutExpired as e:
        return time.perf_counter() - t0, None, e.stdout or b"", e.stderr or b""
    except OSError as e:
        return time.perf_counter() - t0, -1, b"", str(e).encode()
    return time.perf_counter() - t0, p.returncode, p.stdout, p.stderr


def bench(interp, script, reps, timeout):
    """Run `interp -S script` reps times. Returns dict with min time / status."""
    best = None
    first_out = None
    last_err = b""
    for _ in range(reps):
        wall, rc, out, err = run_once([interp, "-S", script], timeout)
        last_err = err
        if rc is None:
            return {"status": "TIMEOUT", "time": None, "stdout": out, "stderr": err}
        if rc != 0:
            return {"status": "ERROR rc=%d" % rc, "time": None, "stdout": out, "stderr": err}
        if first_out is None:
            first_out = out
        elif out != first_out:
            return {"status": "NONDETERMINISTIC", "time": None, "stdout": out, "stderr": err}
        if best is None or wall < best:
            best = wall
    return {"status": "OK", "time": best, "stdout": first_out, "stderr": last_err}


def startup(interp, n=20):
    best = None
    for _ in range(n):
        wall, rc, _, err = run_once([interp, "-S", "-c", "pass"], 60)
        if rc != 0:
            return None
        if best is None or wall < best:
            best = wall
    return best


def tail(data, lines=3):
    text = data.decode("utf-8", "replace").strip()
    return "\n".join(text.splitlines()[-lines:])


def fmt_time(t):
    return "%9.3f" % t if t is not None else "%9s" % "-"


def main(argv=None):
    ap = argparse.ArgumentParser(description="Compare pyrite against CPython on benches/bm_*.py")
    ap.add_argument("--pyrite", default="target/release/pyrite",
                    help="pyrite binary (default: target/release/pyrite, relative to the repo root)")
    ap.add_argument("--reps", type=int, default=3, help="repetitions per interpreter, minimum is kept (default 3)")
    ap.add_argument("-k", dest="filter", default=None, help="only benchmarks whose name contains SUBSTR")
    ap.add_argument("--json", default=None, metavar="FILE", help="also save the results as JSON")
    ap.add_argument("--timeout", type=float, default=300.0,
                    help="per-run timeout in seconds (default 300); a pyrite timeout counts as FAIL")
    args = ap.parse_args(argv)
    if args.reps < 1:
        ap.error("--reps must be >= 1")

    cpython = find_cpython()
    pyrite = resolve_pyrite(args.pyrite)
    if not (os.path.isfile(pyrite) and os.access(pyrite, os.X_OK)):
        sys.stderr.write("error: pyrite binary not found or not executable: %s\n"
                         "(build it with `cargo build --release` or pass --pyrite PATH)\n" % pyrite)
        return 2

    names = sorted(f[3:-3] for f in os.listdir(BENCH_DIR)
                   if f.startswith("bm_") and f.endswith(".py"))
    if args.filter:
        names = [n for n in names if args.filter in n]
    if not names:
        sys.stderr.write("error: no benchmark matches -k %r\n" % args.filter)
        return 2

    print("CPython: %s" % cpython)
    print("pyrite:  %s" % pyrite)
    print("reps:    %d (minimum wall time kept)" % args.reps)
    print()
    header = "%-16s %9s %9s %8s  %s" % ("benchmark", "CPython s", "pyrite s", "ratio", "status")
    print(header)
    print("-" * len(header))
    sys.stdout.flush()

    results = []
    notes = []
    for name in names:
        script = os.path.join(BENCH_DIR, "bm_%s.py" % name)
        c = bench(cpython, script, args.reps, args.timeout)
        p = bench(pyrite, script, args.reps, args.timeout)
        ratio = None
        if c["status"] != "OK":
            status = "CPYTHON-" + c["status"]
        elif p["status"] != "OK":
            status = "FAIL (%s)" % p["status"]
        elif p["stdout"] != c["stdout"]:
            status = "MISMATCH"
        else:
            status = "ok"
            ratio = p["time"] / c["time"]
        row = {
            "name": name,
            "cpython_s": c["time"],
            "pyrite_s": p["time"],
            "ratio": ratio,
            "status": status,
            "cpython_stderr": tail(c["stderr"]),
            "pyrite_stderr": tail(p["stderr"]),
        }
        if status == "MISMATCH":
            row["cpython_stdout"] = tail(c["stdout"], 5)
            row["pyrite_stdout"] = tail(p["stdout"], 5)
        results.append(row)
        print("%-16s %s %s %8s  %s" % (name, fmt_time(c["time"]), fmt_time(p["time"]),
                                       "%.2f" % ratio if ratio is not None else "-", status))
        sys.stdout.flush()
        if status.startswith("FAIL") and row["pyrite_stderr"]:
            notes.append("%s (pyrite): %s" % (name, row["pyrite_stderr"].splitlines()[-1]))
        elif status == "ok" and name in ("threads_sleep", "gil_handoff"):
            for side, key in (("CPython", "cpython_stderr"), ("pyrite", "pyrite_stderr")):
                if row[key]:
                    notes.append("%s (%s): %s" % (name, side, row[key].replace("\n", " | ")))

    ok = [r for r in results if r["ratio"] is not None]
    excluded = len(results) - len(ok)
    print("-" * len(header))
    geomean = worst = None
    if ok:
        geomean = math.exp(sum(math.log(r["ratio"]) for r in ok) / len(ok))
        worst_row = max(ok, key=lambda r: r["ratio"])
        worst = worst_row["ratio"]
        print("geometric mean ratio (pyrite/CPython): %.2f over %d benchmark(s)" % (geomean, len(ok)))
        print("worst ratio: %.2f (%s)" % (worst, worst_row["name"]))
    else:
        print("geometric mean ratio: n/a (no benchmark passed)")
    n_fail = sum(1 for r in results if r["status"].startswith("FAIL"))
    n_mis = sum(1 for r in results if r["status"] == "MISMATCH")
    print("excluded from geometric mean: %d (FAIL %d, MISMATCH %d, other %d)"
          % (excluded, n_fail, n_mis, excluded - n_fail - n_mis))

    su_p = startup(pyrite)
    su_c = startup(cpython)
    print("startup (-S -c pass, min of 20): pyrite %s  CPython %s%s" % (
        "%.1f ms" % (su_p * 1000) if su_p is not None else "FAIL",
        "%.1f ms" % (su_c * 1000) if su_c is not None else "FAIL",
        "  ratio %.2f" % (su_p / su_c) if su_p and su_c else ""))

    if notes:
        print()
        print("notes:")
        for n in notes:
            print("  " + n)

    if args.json:
        with open(args.json, "w") as f:
            json.dump({
                "date": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
                "cpython": cpython,
                "pyrite": pyrite,
                "reps": args.reps,
                "results": results,
                "geomean": geomean,
                "worst": worst,
                "excluded": excluded,
                "startup": {"pyrite_s": su_p, "cpython_s": su_c},
            }, f, indent=2)
        print("results saved to %s" % args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
