import os
import re
import sys
import threading
import time


def mask(s):
    return re.sub(r'\d{4,}', 'ID', s)


ev = threading.Event()
t = threading.Thread(target=ev.wait, name='parent-worker')
t.start()
print('parent before fork:', threading.active_count(), flush=True)
pid = os.fork()
if pid == 0:
    print('child: active', threading.active_count())
    print('child: current is main', threading.current_thread() is threading.main_thread())
    print('child: main', mask(repr(threading.main_thread())))
    print('child: worker', mask(repr(t)), t.is_alive())
    t.join()
    print('child: join of a vanished thread returns')
    c = threading.Thread(target=lambda: print('child thread runs', flush=True))
    c.start()
    c.join()
    print('child: enumerate', [x.name for x in threading.enumerate()], flush=True)
    os._exit(0)
os.waitpid(pid, 0)
ev.set()
t.join()
print('parent after:', threading.active_count(), mask(repr(t)))

# fork from a non-main thread
def forker():
    pid = os.fork()
    if pid == 0:
        ct = threading.current_thread()
        print('child of thread:', ct.name, ct is threading.main_thread(), threading.active_count(), flush=True)
        os._exit(0)
    os.waitpid(pid, 0)
f = threading.Thread(target=forker, name='forker')
f.start()
f.join()
print('done')
