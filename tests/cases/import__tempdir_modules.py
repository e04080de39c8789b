# Modules written into a temporary directory added to sys.path.
import os, sys, tempfile, importlib
d = tempfile.mkdtemp()
with open(os.path.join(d, "tmpmod_alpha.py"), "w") as f:
    f.write("X = 1\ndef hello(n):\n    return 'hello ' + n\n")
os.makedirs(os.path.join(d, "tmppkg", "inner"))
with open(os.path.join(d, "tmppkg", "__init__.py"), "w") as f:
    f.write("from .inner.deep import VALUE\nNAME = __name__\n")
with open(os.path.join(d, "tmppkg", "inner", "__init__.py"), "w") as f:
    f.write("")
with open(os.path.join(d, "tmppkg", "inner", "deep.py"), "w") as f:
    f.write("from .. import __name__ as parent_name\nVALUE = 'deep value from ' + parent_name\n")
os.makedirs(os.path.join(d, "nspkg", "part"))
with open(os.path.join(d, "nspkg", "part", "mod.py"), "w") as f:
    f.write("WHAT = 'namespace package module'\n")
sys.path.insert(0, d)
import tmpmod_alpha
print(tmpmod_alpha.X, tmpmod_alpha.hello("world"))
import tmppkg
print(tmppkg.VALUE, tmppkg.NAME)
from nspkg.part import mod
print(mod.WHAT)
import nspkg
print(getattr(nspkg, "__file__", None), type(nspkg.__path__).__name__)
with open(os.path.join(d, "tmpmod_alpha.py"), "w") as f:
    f.write("X = 2\n")
importlib.invalidate_caches()
tmpmod_alpha = importlib.reload(tmpmod_alpha)
print(tmpmod_alpha.X, hasattr(tmpmod_alpha, "hello"))
m = importlib.import_module("tmppkg.inner.deep")
print(m.VALUE, m.__package__)
rel = importlib.import_module(".deep", "tmppkg.inner")
print(rel is m)
with open(os.path.join(d, "bad_syntax_mod.py"), "w") as f:
    f.write("def broken(:\n")
try:
    import bad_syntax_mod
except SyntaxError as e:
    print("SyntaxError", e.msg, e.lineno, os.path.basename(e.filename))
import shutil
shutil.rmtree(d)
sys.path.remove(d)
print("cleaned", os.path.exists(d))
