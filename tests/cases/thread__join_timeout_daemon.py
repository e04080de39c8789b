# join(timeout) on a blocked thread, daemon threads, is_alive transitions.
import threading, time
stop = threading.Event()
def blocked():
    stop.wait()
t = threading.Thread(target=blocked, name="blocker", daemon=True)
t.start()
t0 = time.monotonic()
t.join(timeout=0.05)
elapsed = time.monotonic() - t0
print("still alive after join timeout:", t.is_alive(), "waited at least 0.04s:", elapsed >= 0.04)
stop.set()
t.join()
print("alive after release:", t.is_alive())
forever = threading.Event()
d = threading.Thread(target=forever.wait, daemon=True, name="daemon-forever")
d.start()
print(d.daemon, d.is_alive(), d.name)
print(sorted(x.name for x in threading.enumerate()))
def child_daemon_flag():
    inner = threading.Thread(target=lambda: None)
    res.append(inner.daemon)
res = []
dt = threading.Thread(target=child_daemon_flag, daemon=True)
dt.start(); dt.join()
nt = threading.Thread(target=child_daemon_flag)
nt.start(); nt.join()
print("daemon inherited:", res)
t2 = threading.Thread(target=time.sleep, args=(0.01,))
t2.start()
t2.join(5)
print(t2.is_alive())
print("main exits while a daemon thread is still blocked")
