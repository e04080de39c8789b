# __import__, importlib.import_module, the builtins module, shadowing builtins.
m = __import__("math")
print(m.__name__, m.sqrt(16))
osp = __import__("os.path")
print(osp.__name__, hasattr(osp, "path"))
j = __import__("json", fromlist=["dumps"])
print(j.__name__, j.dumps([1]))
import importlib
c = importlib.import_module("collections")
print(c.__name__, importlib.import_module("collections.abc").__name__)
try:
    importlib.import_module("no_such_module_xyz")
except ModuleNotFoundError as e:
    print("ModuleNotFoundError", e, e.name)
try:
    __import__("no_such_module_abc")
except ImportError as e:
    print(type(e).__name__, e)
import builtins
print(builtins.len("abc"), builtins.__name__, "print" in dir(builtins), type(builtins).__name__)
len = lambda x: "shadowed"
print(len([1, 2]))
del len
print(len([1, 2]))
builtins.my_global_helper = lambda: "injected into builtins"
print(my_global_helper())
del builtins.my_global_helper
try:
    my_global_helper()
except NameError as e:
    print("NameError", e)
print(sorted(n for n in dir(builtins) if n.endswith("Warning"))[:5])
print(sorted(n for n in ["abs", "all", "any", "ascii", "bin", "breakpoint", "callable", "chr", "compile",
      "delattr", "dir", "divmod", "eval", "exec", "format", "getattr", "globals", "hasattr", "hash",
      "help", "hex", "id", "input", "isinstance", "issubclass", "iter", "aiter", "anext", "len",
      "locals", "max", "min", "next", "oct", "open", "ord", "pow", "print", "repr", "round",
      "setattr", "sorted", "sum", "vars", "zip", "map", "filter"] if not hasattr(builtins, n)))
print(builtins.True_ if hasattr(builtins, "True_") else "no True_", builtins.Ellipsis, builtins.NotImplemented)
import sys
print(sys.modules["builtins"] is builtins, __builtins__ is builtins or __builtins__ is vars(builtins))
