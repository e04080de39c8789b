# args: alpha beta
# Script reads both its argv (from the header) and a pipe; a child gets args with spaces.
import sys, subprocess
print(sys.argv[1:])
print(repr(sys.stdin.read()))
child = subprocess.run([sys.executable, "-c", "import sys; print(sys.argv[1:]); print(sys.stdin.read().upper())", "with space", "x"],
                       input="lower text", capture_output=True, text=True)
print(child.returncode, child.stdout.splitlines())
p = subprocess.Popen([sys.executable, "-c", "import sys\nfor line in sys.stdin: print(len(line.strip()))"],
                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
out, _ = p.communicate("a\nbb\nccc\n")
print(out.split(), p.returncode)
r = subprocess.run([sys.executable, "-c", "import sys; sys.stdout.write('no newline'); sys.stderr.write('err')"], capture_output=True)
print(r.stdout, r.stderr)
r = subprocess.run([sys.executable, "-c", "import sys; sys.exit(sys.stdin.read().strip())"], input="exit message", capture_output=True, text=True)
print(r.returncode, r.stdout, r.stderr.strip())
r = subprocess.run([sys.executable, "-c", "print(input('prompt: '))"], input="answer\n", capture_output=True, text=True)
print(repr(r.stdout))
r = subprocess.run([sys.executable, "-c", "import sys; print(sys.stdin.isatty(), sys.stdout.isatty())"], capture_output=True, text=True, stdin=subprocess.DEVNULL)
print(r.stdout.strip())
