# _threading_local imported before threading.
import _threading_local
import threading

loc = _threading_local.local()
loc.x = 1
res = []
t = threading.Thread(target=lambda: res.append(hasattr(loc, 'x')))
t.start(); t.join()
print(loc.x, res, type(loc).__name__, type(loc).__module__)
tl = threading.local()
tl.y = 2
print(tl.y, isinstance(tl, threading.local))
