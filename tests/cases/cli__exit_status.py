# Exit statuses of child interpreters: 0, 1 for exceptions, sys.exit codes, 2 for usage.
import subprocess, sys, os, tempfile
d = tempfile.mkdtemp()
def script(name, text):
    p = os.path.join(d, name)
    with open(p, "w") as f:
        f.write(text)
    return p
cases = {
    "ok.py": "print('fine')",
    "exc.py": "raise KeyError('k')",
    "exit0.py": "import sys; sys.exit(0)",
    "exit42.py": "import sys; sys.exit(42)",
    "exitstr.py": "import sys; sys.exit('message to stderr')",
    "exitnone.py": "raise SystemExit(None)",
    "syntax.py": "def f(:\n",
    "interrupt.py": "raise KeyboardInterrupt",
    "exit256.py": "import sys; sys.exit(256)",
    "exitneg.py": "import sys; sys.exit(-1)",
}
for name, text in cases.items():
    p = subprocess.run([sys.executable, script(name, text)], capture_output=True, text=True)
    last = p.stderr.strip().splitlines()[-1] if p.stderr.strip() else ""
    print(f"{name:12} rc={p.returncode:4} stdout={p.stdout!r} stderr_last={last!r}")
p = subprocess.run([sys.executable, os.path.join(d, "missing.py")], capture_output=True, text=True)
print("missing file rc", p.returncode, "No such file or directory" in p.stderr)
p = subprocess.run([sys.executable, "-Z"], capture_output=True, text=True)
print("unknown option rc", p.returncode, "unknown option" in p.stderr.lower() or "option" in p.stderr)
import shutil
shutil.rmtree(d)
