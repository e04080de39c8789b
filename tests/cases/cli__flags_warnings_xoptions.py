# Child interpreters with -u, -X, -W, -b, -q and warnings filters.
import subprocess, sys
def run(*args):
    p = subprocess.run([sys.executable, *args], capture_output=True, text=True)
    return p.returncode, p.stdout.strip(), p.stderr.strip().splitlines()[-1:] if p.stderr.strip() else []
print(run("-u", "-c", "import sys; print('unbuffered', sys.stdout.write('x\\n'))"))
print(run("-X", "dev", "-c", "import sys; print(sys.flags.dev_mode, sys._xoptions)"))
print(run("-W", "error", "-c", "import warnings; warnings.warn('boom')"))
print(run("-W", "ignore", "-c", "import warnings; warnings.warn('quiet'); print('ignored')"))
print(run("-c", "import warnings; warnings.warn('shown', UserWarning)"))
print(run("-b", "-c", "import sys; print(sys.flags.bytes_warning)"))
print(run("-q", "-c", "import sys; print(sys.flags.quiet)"))
# The warnings module in this process, for comparison.
import warnings
print(warnings.filters[0][0] in ("default", "ignore", "error", "always"), len(warnings.filters) > 0)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.warn("in-process", UserWarning)
print([str(w.message) for w in caught], caught[0].category.__name__)
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("as error")
    except UserWarning as e:
        print("UserWarning raised:", e)
print(sys.warnoptions, sys._xoptions)
