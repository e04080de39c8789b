# Blocking calls in the main thread can be interrupted (KeyboardInterrupt).
import os
import queue
import signal
import threading
import time


def interrupt_soon():
    time.sleep(0.1)
    os.kill(os.getpid(), signal.SIGINT)


def cond_wait():
    c = threading.Condition()
    with c:
        c.wait()


blocking = [
    ('Event.wait', lambda: threading.Event().wait()),
    ('Queue.get', lambda: queue.Queue().get()),
    ('Queue.get timeout', lambda: queue.Queue().get(timeout=3)),
    ('Condition.wait', cond_wait),
    ('Semaphore.acquire', lambda: threading.Semaphore(0).acquire()),
    ('Barrier.wait', lambda: threading.Barrier(2).wait()),
]
for name, call in blocking:
    threading.Thread(target=interrupt_soon).start()
    try:
        call()
        print(name, 'returned', flush=True)
    except KeyboardInterrupt:
        print(name, 'interrupted', flush=True)

t = threading.Thread(target=time.sleep, args=(0.5,))
t.start()
threading.Thread(target=interrupt_soon).start()
try:
    t.join()
except KeyboardInterrupt:
    print('join interrupted', t.is_alive())
t.join()
print('joined', t.is_alive())
