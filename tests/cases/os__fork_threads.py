# fork while another thread runs: the child has one (main) thread, locks
# reinitialised by threading's at-fork hook; register_at_fork order.
import os
import threading

stop = threading.Event()
def spin():
    while not stop.is_set():
        stop.wait(0.001)
t = threading.Thread(target=spin, name="spinner")
t.start()
order = []
os.register_at_fork(before=lambda: order.append("before1"), after_in_parent=lambda: order.append("parent1"),
                    after_in_child=lambda: order.append("child1"))
os.register_at_fork(before=lambda: order.append("before2"), after_in_parent=lambda: order.append("parent2"),
                    after_in_child=lambda: order.append("child2"))
pid = os.fork()
if pid == 0:
    print("child:", order, threading.active_count(), threading.current_thread() is threading.main_thread(),
          [th.name for th in threading.enumerate()], flush=True)
    lock = threading.Lock()
    with lock:
        pass
    os._exit(0)
os.waitpid(pid, 0)
print("parent:", order, threading.active_count())
stop.set()
t.join()
try:
    os.register_at_fork()
except TypeError as e:
    print("TypeError", e)
try:
    os.register_at_fork(before=1)
except TypeError as e:
    print("TypeError", e)
try:
    os.register_at_fork(print)
except TypeError as e:
    print("TypeError", e)
