# Uncaught exception in a thread: "Exception in thread ..." on stderr; custom excepthook.
# stderr: last-line
import threading, sys
def boom():
    raise ValueError("thread failure")
t = threading.Thread(target=boom, name="failing-thread")
t.start()
t.join()
print("main continues, thread alive:", t.is_alive())
captured = []
def hook(args):
    captured.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))
old = threading.excepthook
threading.excepthook = hook
t2 = threading.Thread(target=boom, name="hooked")
t2.start(); t2.join()
print(captured)
threading.excepthook = old
print(threading.excepthook is threading.__excepthook__)
def exits():
    sys.exit(3)
t3 = threading.Thread(target=exits, name="exits")
t3.start(); t3.join()
print("SystemExit in thread is silent")
