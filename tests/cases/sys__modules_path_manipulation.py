# sys.path insertion order, sys.modules caching and removal, sys.meta_path presence, sys.path_hooks.
import sys, os, tempfile
d1, d2 = tempfile.mkdtemp(), tempfile.mkdtemp()
for d, val in [(d1, "first"), (d2, "second")]:
    with open(os.path.join(d, "dupmod.py"), "w") as f:
        f.write(f"WHICH = {val!r}\n")
sys.path.insert(0, d2)
sys.path.insert(0, d1)
import dupmod
print(dupmod.WHICH)
del sys.modules["dupmod"]
sys.path.remove(d1)
import dupmod as again
print(again.WHICH, again is not dupmod)
print(type(sys.meta_path).__name__, len(sys.meta_path) > 0, type(sys.path_hooks).__name__)
print(isinstance(sys.path_importer_cache, dict))
sys.path.remove(d2)
import shutil
shutil.rmtree(d1); shutil.rmtree(d2)
print(sys.modules.get("nonexistent_module_q"), "os" in sys.modules, sys.modules["os"] is os)
import types
m = types.ModuleType("virtual_mod")
exec("def hello():\n    return 'hello from virtual'", m.__dict__)
sys.modules["virtual_mod"] = m
from virtual_mod import hello
print(hello())
print(sys.argv[0].endswith(".py"), sys.orig_argv[-1].endswith(".py") if hasattr(sys, "orig_argv") else True)
