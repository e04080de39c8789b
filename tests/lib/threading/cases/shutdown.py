import atexit
import re
import sys
import threading
import time
import concurrent.futures as cf


def late():
    time.sleep(0.4)
    print('non-daemon finished', flush=True)


def very_late():
    time.sleep(5)
    print('daemon finished', flush=True)


def spawner():
    time.sleep(0.15)
    # A thread started while _shutdown() is already waiting is joined too.
    threading.Thread(target=lambda: (time.sleep(0.4), print('grandchild finished', flush=True))).start()


def at_exit():
    m = threading.main_thread()
    print('atexit: main', re.sub(r'\d{4,}', 'ID', repr(m)), m.is_alive(), flush=True)
    try:
        threading._register_atexit(print, 'too late')
    except RuntimeError as e:
        print('RuntimeError:', e)


atexit.register(at_exit)


def late_submit():
    # Registered before concurrent.futures.thread is imported, so it runs
    # after the executors were shut down.
    try:
        ex.submit(print, 'never')
    except RuntimeError as e:
        print('RuntimeError:', e, flush=True)


threading._register_atexit(late_submit)
threading.Thread(target=late).start()
threading.Thread(target=very_late, daemon=True).start()
threading.Thread(target=spawner).start()
threading._register_atexit(print, 'threading atexit 1')
threading._register_atexit(print, 'threading atexit 2', end='!\n')
ex = cf.ThreadPoolExecutor(1)
ex.submit(lambda: (time.sleep(0.1), print('executor job done', flush=True)))
ex.submit(lambda: print('second job done', flush=True))
print('main done', threading.active_count(), flush=True)
