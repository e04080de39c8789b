# args: first --flag two-words 3 ünïcode
# sys.argv (with arguments from the header), sys.path[0], sys.modules.
import sys, os
print(sys.argv)
print(len(sys.argv), sys.argv[0])
print(os.path.basename(sys.path[0]), os.path.isabs(sys.path[0]), type(sys.path).__name__)
print(all(isinstance(p, str) for p in sys.path))
print("sys" in sys.modules, "builtins" in sys.modules, "__main__" in sys.modules, sys.modules["sys"] is sys)
print(type(sys.modules).__name__, sys.modules["__main__"].__file__ == os.path.abspath(__file__))
import json
print("json" in sys.modules)
print(sys.builtin_module_names.__class__.__name__, "sys" in sys.builtin_module_names)
print(os.path.basename(__file__), __file__ == os.path.abspath(sys.argv[0]))
print(sys.argv[1:] == ["first", "--flag", "two-words", "3", "ünïcode"])
print([len(a) for a in sys.argv[1:]], sys.argv[-1].upper())
import importlib
print(importlib.import_module("sys") is sys, sys.modules.get("__main__").__name__)
print(type(sys.path[0]).__name__, sys.path.count(sys.path[0]) >= 1)
print(sorted(set(sys.argv[1:]) & {"3", "first"}))
print(os.path.basename(sys.modules["__main__"].__file__))
print(sys.modules["os"].__name__, "os.path" in sys.modules)
