# Command-line flags reflected in sys.flags in child interpreters: -E -S -I -B -OO -s.
import subprocess, sys
def run(*args):
    p = subprocess.run([sys.executable, *args], capture_output=True, text=True)
    return p.returncode, p.stdout.strip(), p.stderr.strip().splitlines()[-1:] if p.stderr.strip() else []
code = "import sys; f = sys.flags; print(f.ignore_environment, f.no_site, f.isolated, f.dont_write_bytecode, f.optimize, f.no_user_site)"
print(run("-c", code))
print(run("-E", "-c", code))
print(run("-S", "-c", code))
print(run("-I", "-c", code))
print(run("-B", "-c", code))
print(run("-OO", "-c", code + "; print(__doc__)"))
print(run("-s", "-c", code))
# In-process view of the same flags for comparison (this run has no extra flags).
f = sys.flags
print(f.ignore_environment, f.no_site, f.isolated, f.dont_write_bytecode, f.optimize, f.no_user_site)
print(f.debug, f.inspect, f.interactive, f.verbose, f.bytes_warning, f.quiet, f.hash_randomization)
print(f.dev_mode, f.utf8_mode, f.safe_path, f.warn_default_encoding, f.int_max_str_digits)
print(len(tuple(f)) >= 16, type(f.optimize).__name__, isinstance(f.dev_mode, bool))
print(sys._xoptions, sys.warnoptions, __debug__)
try:
    sys.flags.optimize = 1
except (AttributeError, TypeError) as e:
    print(type(e).__name__)
