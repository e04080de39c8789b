# importlib utilities: find_spec, module_from_spec, spec_from_file_location, import hooks via sys.modules.
import importlib, importlib.util, sys, os, tempfile
spec = importlib.util.find_spec("json")
print(spec.name, spec.parent, spec.origin is not None, spec.submodule_search_locations is not None)
print(importlib.util.find_spec("no_such_mod_zz"), importlib.util.find_spec("pkgs.star_mod").name)
d = tempfile.mkdtemp()
path = os.path.join(d, "loose_module.py")
with open(path, "w") as f:
    f.write("NAME = __name__\ndef double(x):\n    return 2 * x\n")
s = importlib.util.spec_from_file_location("custom_name", path)
m = importlib.util.module_from_spec(s)
s.loader.exec_module(m)
print(m.NAME, m.double(21), "custom_name" in sys.modules)
sys.modules["custom_name"] = m
import custom_name
print(custom_name is m)
print(importlib.import_module("pkgs.geometry.circle").Circle(2).area())
print(sorted(k for k in sys.modules if k.startswith("pkgs")))
import shutil
shutil.rmtree(d)
print(importlib.util.resolve_name(".circle", "pkgs.geometry"), importlib.util.resolve_name("..star_mod", "pkgs.geometry"))
try:
    importlib.util.resolve_name("...too.far", "pkgs")
except ImportError as e:
    print("ImportError", e)
