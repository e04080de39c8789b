# A module body runs once; later imports use sys.modules; reload re-runs it.
import sys
print("before import")
import pkgs.side_effects
print(pkgs.side_effects.bump(), pkgs.side_effects.bump())
import pkgs.side_effects as se
print(se.bump(), se is pkgs.side_effects)
from pkgs.side_effects import counter
print(counter)
import importlib
importlib.reload(se)
print("after reload counter", se.counter)
del sys.modules["pkgs.side_effects"]
import pkgs.side_effects as fresh
print(fresh is se, fresh.counter)
sys.modules["fake_module"] = type(sys)("fake_module")
sys.modules["fake_module"].attr = "from sys.modules"
import fake_module
print(fake_module.attr, fake_module.__name__, repr(fake_module))
sys.modules["blocked"] = None
try:
    import blocked
except ImportError as e:
    print(type(e).__name__, e)
