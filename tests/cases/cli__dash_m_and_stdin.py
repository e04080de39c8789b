# -m runs a package's __main__; "-" and piped stdin run a program from stdin.
import subprocess, sys
def run(*args, stdin=None):
    p = subprocess.run([sys.executable, *args], input=stdin, capture_output=True, text=True)
    return p.returncode, p.stdout, p.stderr.splitlines()[-1:] if p.stderr else []
print(run("-m", "pkgs.runnable", "x", "y"))
print(run("-m", "pkgs.side_effects"))
print(run("-m", "no_such_module_anywhere")[0])
print(run("-", "arg1", stdin="import sys\nprint('from stdin', sys.argv)\n"))
print(run(stdin="print('piped program')\n"))
print(run(stdin="import sys\nprint(sys.argv)\n"))
print(run("-c", "import runpy; print(runpy.__name__)"))
print(run("-m", "json.tool", stdin='{"b": 1, "a": [1, 2]}'))
r = run("-m", "pkgs.runnable", "--flag", "-c", "value")
print(r)
print(run(stdin="import sys\nprint(sys.stdin.read())\n"))
print(run("-", stdin="raise ValueError('from stdin program')\n"))
print(run(stdin="def f(:\n")[0])
print(run("-c", "import sys; print(sys.argv[0])", "-m"))
print(run("-m", "pkgs")[0], run("-m", "pkgs.geometry")[0])
