# current_thread, main_thread, enumerate, active_count, get_ident, Event-based rendezvous.
import threading
main = threading.main_thread()
print(main.name, main is threading.current_thread(), main.daemon, main.is_alive())
print(threading.active_count(), [t.name for t in threading.enumerate()])
started = threading.Event()
release = threading.Event()
seen = {}
def worker():
    me = threading.current_thread()
    seen["name"] = me.name
    seen["is_main"] = me is threading.main_thread()
    seen["ident_differs"] = threading.get_ident() != main.ident
    started.set()
    release.wait()
t = threading.Thread(target=worker, name="helper")
t.start()
started.wait()
print(threading.active_count(), sorted(x.name for x in threading.enumerate()), t in threading.enumerate())
release.set()
t.join()
print(seen)
print(threading.active_count(), [x.name for x in threading.enumerate()])
print(threading.get_ident() == main.ident, threading.get_native_id() == main.native_id)
print(isinstance(threading.TIMEOUT_MAX, float), threading.TIMEOUT_MAX > 1e6)
