# Command-line flags reflected in sys.flags and behaviour: -E -S -I -B -u -O -X -W.
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
print(run("-u", "-c", "import sys; print('unbuffered', sys.stdout.write('x\\n'))"))
print(run("-X", "dev", "-c", "import sys; print(sys.flags.dev_mode, sys._xoptions)"))
print(run("-W", "error", "-c", "import warnings; warnings.warn('boom')"))
print(run("-W", "ignore", "-c", "import warnings; warnings.warn('quiet'); print('ignored')"))
print(run("-c", "import warnings; warnings.warn('shown', UserWarning)"))
print(run("-b", "-c", "import sys; print(sys.flags.bytes_warning)"))
print(run("-q", "-c", "import sys; print(sys.flags.quiet)"))
