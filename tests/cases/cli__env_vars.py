# PYTHON* environment variables seen by child interpreters (and ignored with -E).
import subprocess, sys, os
def run(env_extra, *args):
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env.update(env_extra)
    p = subprocess.run([sys.executable, *args], capture_output=True, text=True, env=env)
    return p.returncode, p.stdout.strip()
print(run({"PYTHONHASHSEED": "0"}, "-c", "import sys; print(sys.flags.hash_randomization)"))
print(run({"PYTHONHASHSEED": "0"}, "-c", "print(hash('abc') == hash('abc'))"))
print(run({"PYTHONDONTWRITEBYTECODE": "1"}, "-c", "import sys; print(sys.dont_write_bytecode)"))
print(run({"PYTHONDONTWRITEBYTECODE": "1"}, "-E", "-c", "import sys; print(sys.dont_write_bytecode)"))
print(run({"PYTHONOPTIMIZE": "1"}, "-c", "import sys; print(sys.flags.optimize)"))
print(run({"PYTHONUNBUFFERED": "1"}, "-c", "import sys; print(sys.flags.unbuffered if hasattr(sys.flags, 'unbuffered') else 'n/a')"))
print(run({"PYTHONPATH": "/nonexistent/dir/for/test"}, "-c", "import sys; print('/nonexistent/dir/for/test' in sys.path)"))
print(run({"PYTHONPATH": "/nonexistent/dir/for/test"}, "-E", "-c", "import sys; print('/nonexistent/dir/for/test' in sys.path)"))
print(run({"PYTHONIOENCODING": "latin-1"}, "-c", "import sys; print(sys.stdout.encoding)"))
print(run({"MY_VAR": "hello"}, "-c", "import os; print(os.environ['MY_VAR'], os.getenv('NOPE', 'dflt'))"))
print(run({"TZ": "UTC"}, "-c", "import os; print(os.environ.get('TZ'))"))
print(run({"PYTHONHASHSEED": "0"}, "-c", "print(sorted({'b', 'a', 'c'}))"))
print(run({}, "-c", "import os; print(sorted(k for k in os.environ if k.startswith('PYTHON')))"))
print(run({"PYTHONSAFEPATH": "1"}, "-c", "import sys; print(sys.flags.safe_path)"))
