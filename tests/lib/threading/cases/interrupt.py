# Blocking calls in the main thread can be interrupted (KeyboardInterrupt).
import _thread
import queue
import threading
import time


def interrupt_soon():
    time.sleep(0.1)
    _thread.interrupt_main()


blocking = [
    ('Event.wait', lambda: threading.Event().wait()),
    ('Thread.join', lambda: threading.Thread(target=time.sleep, args=(1,), daemon=True).start() or None),
    ('Queue.get', lambda: queue.Queue().get()),
    ('SimpleQueue.get', lambda: queue.SimpleQueue().get()),
    ('Condition.wait', lambda: threading.Condition().__enter__() and None or threading.Condition(threading.Lock())),
    ('Semaphore.acquire', lambda: threading.Semaphore(0).acquire()),
    ('Barrier.wait', lambda: threading.Barrier(2).wait()),
]
for name, call in blocking:
    if name in ('Thread.join', 'Condition.wait'):
        continue
    threading.Thread(target=interrupt_soon).start()
    try:
        call()
        print(name, 'returned')
    except KeyboardInterrupt:
        print(name, 'interrupted')

t = threading.Thread(target=time.sleep, args=(0.5,))
t.start()
threading.Thread(target=interrupt_soon).start()
try:
    t.join()
except KeyboardInterrupt:
    print('join interrupted', t.is_alive())
t.join()
print('joined', t.is_alive())
