# sys.stdout/stderr/stdin objects, redirection, __stdout__, write/flush, buffer.
import sys, io
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__, sys.stdin is sys.__stdin__)
print(sys.stdout.writable(), sys.stdin.readable(), sys.stdout.isatty(), sys.stdin.isatty())
print(type(sys.stdout).__name__, type(sys.stdout.buffer).__name__, sys.stdout.name, sys.stderr.name, sys.stdin.name)
print(sys.stdout.fileno(), sys.stderr.fileno(), sys.stdin.fileno())
n = sys.stdout.write("written directly\n")
print(n)
sys.stdout.flush()
sys.stdout.buffer.write(b"raw bytes line\n")
sys.stdout.buffer.flush()
old = sys.stdout
sys.stdout = io.StringIO()
print("captured text")
captured = sys.stdout.getvalue()
sys.stdout = old
print("captured:", repr(captured))
import contextlib
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("inside redirect")
    help_text = "x"
print("redirected:", repr(buf.getvalue()))
ebuf = io.StringIO()
with contextlib.redirect_stderr(ebuf):
    print("to stderr", file=sys.stderr)
print("stderr captured:", repr(ebuf.getvalue()))
print(sys.stdin.read() == "", sys.stdin.readline() == "")
sys.stderr.write("a line on real stderr\n")
print(sys.stdout.line_buffering in (True, False), sys.stdout.encoding)
print("end")
