import sys
import threading


def boom():
    raise ValueError("boom in thread")


def quiet_exit():
    sys.exit(3)


def chained():
    try:
        raise KeyError('missing')
    except KeyError as e:
        raise RuntimeError("wrapped") from e


def run(target, **kw):
    t = threading.Thread(target=target, **kw)
    t.start()
    t.join()
    return t


sys.stderr.write("== plain\n")
run(boom, name="worker-1")
sys.stderr.write("== systemexit\n")
run(quiet_exit, name="quitter")
sys.stderr.write("== chained\n")
run(chained, name="chain")
sys.stderr.write("== custom hook\n")
seen = []
def hook(args):
    seen.append((args.exc_type.__name__, str(args.exc_value), args.exc_traceback is not None, args.thread.name))
    seen.append((type(args).__name__, type(args).__module__, len(args), isinstance(args, tuple)))
threading.excepthook = hook
run(boom, name="hooked")
print(seen)
sys.stderr.write("== hook that fails\n")
def bad_hook(args):
    raise TypeError("hook failed")
threading.excepthook = bad_hook
run(boom, name="badhook")
sys.stderr.write("== hook is None\n")
threading.excepthook = None
run(boom, name="nonehook")
threading.excepthook = threading.__excepthook__
print(threading.excepthook is threading.__excepthook__)
sys.stderr.write("== excepthook called directly\n")
try:
    raise OSError(2, "nope")
except OSError as e:
    args = threading.ExceptHookArgs([type(e), e, e.__traceback__, None])
    print(args.exc_type, args.exc_value, args.thread)
    print(repr(threading.ExceptHookArgs([1, 2, 3, 4])))
    threading.excepthook(args)
    threading.excepthook(threading.ExceptHookArgs([SystemExit, SystemExit(1), None, None]))
try:
    threading.ExceptHookArgs([1, 2])
except TypeError as e:
    print('TypeError:', e)
sys.stderr.write("== subclass run raising\n")
class T(threading.Thread):
    def run(self):
        raise KeyError('k')
t = T(name='subclassed')
t.start(); t.join()
sys.stderr.write("== stderr None\n")
saved = sys.stderr
sys.stderr = None
run(boom, name="nostderr")
sys.stderr = saved
sys.stderr.write("== exception with empty message\n")
def empty():
    raise IndexError
run(empty, name="empty")
print("done")
sys.stderr.write("== exception with notes\n")
def noted():
    e = ValueError('with notes')
    e.add_note('first note')
    e.add_note('second note')
    raise e
run(noted, name="notes")
