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
