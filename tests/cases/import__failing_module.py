# A module that raises during import is not left in sys.modules.
import sys
for attempt in range(2):
    try:
        import pkgs.broken
    except RuntimeError as e:
        print("attempt", attempt, "RuntimeError", e)
print("pkgs.broken" in sys.modules)
try:
    from pkgs import broken
except RuntimeError as e:
    print("from-import also fails:", e)
try:
    import pkgs.broken as again
except RuntimeError as e:
    print("third attempt", e, type(e.__traceback__).__name__)
import pkgs
print(hasattr(pkgs, "broken"))
import importlib
try:
    importlib.import_module("pkgs.broken")
except RuntimeError as e:
    print("import_module also raises", e)
print("pkgs.broken" in sys.modules, "pkgs" in sys.modules)
