# Future objects: cancel, add_done_callback, set_result/set_exception, states, repr prefix.
from concurrent.futures import Future, ThreadPoolExecutor, CancelledError, InvalidStateError
import threading
f = Future()
print(f.done(), f.running(), f.cancelled())
log = []
f.add_done_callback(lambda fut: log.append(("cb1", fut.result())))
f.set_result(42)
f.add_done_callback(lambda fut: log.append(("cb2-immediate", fut.result())))
print(log, f.done(), f.result())
try:
    f.set_result(1)
except InvalidStateError as e:
    print("InvalidStateError", type(e).__name__)
g = Future()
g.set_exception(KeyError("k"))
print(repr(g.exception()), g.done())
try:
    g.result()
except KeyError as e:
    print("KeyError", e)
c = Future()
print(c.cancel(), c.cancelled(), c.done(), c.cancel())
try:
    c.result()
except CancelledError:
    print("CancelledError")
r = Future()
print(r.set_running_or_notify_cancel(), r.running(), r.cancel())
r.set_result("done")
print(r.result())
gate = threading.Event()
with ThreadPoolExecutor(max_workers=1) as ex:
    blocker = ex.submit(gate.wait)
    pending = ex.submit(lambda: "never runs")
    print("cancel pending:", pending.cancel(), pending.cancelled())
    print("cancel running:", blocker.cancel())
    gate.set()
    print(blocker.result())
cb_threads = []
def cb(fut):
    cb_threads.append(fut.result())
with ThreadPoolExecutor(max_workers=3) as ex:
    futs = [ex.submit(pow, 2, i) for i in range(6)]
    for fu in futs:
        fu.add_done_callback(cb)
print(sorted(cb_threads))
def raising_cb(fut):
    raise RuntimeError("callback error is logged, not raised")
h = Future()
h.add_done_callback(raising_cb)
import logging
logging.disable(logging.CRITICAL)
h.set_result(1)
print("after raising callback", h.result())
print(repr(Future()).startswith("<Future at 0x"), repr(f).endswith("state=finished returned int>"))
