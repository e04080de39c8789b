# The interpreter's -c option, run as a subprocess of itself.
import subprocess, sys
def run(*args, stdin=None):
    p = subprocess.run([sys.executable, *args], input=stdin, capture_output=True, text=True)
    return p.returncode, p.stdout, p.stderr.splitlines()[-1:] if p.stderr else []
print(run("-c", "print(1 + 1)"))
print(run("-c", "import sys; print(sys.argv)", "a", "b c"))
print(run("-c", "import sys; print(sys.argv[0], sys.path[0] == '')"))
print(run("-c", "raise ValueError('from -c')"))
print(run("-c", "import sys; sys.exit(5)"))
print(run("-c", "import sys; sys.exit('bye')"))
print(run("-c", "print(input())", stdin="typed\n"))
print(run("-c", "print(__name__)"))
print(run("-c", "for i in range(3):\n    print(i)"))
print(run("-c", "x = (1,"))
print(run("-c", "import sys; print(sys.flags.optimize, __debug__)"))
print(run("-O", "-c", "import sys; print(sys.flags.optimize, __debug__); assert False"))
print(run("-c", "import sys; print(len(sys.argv), repr(sys.argv[-1]))", ""))
print(run("-c", "print('a'); import sys; sys.stdout.flush(); raise SystemExit(0)"))
print(run("-c", "import os; print(os.getcwd() == os.path.abspath('.'))"))
