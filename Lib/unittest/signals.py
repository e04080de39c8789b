import signal
import weakref
from functools import wraps

__unittest = True

_results = weakref.WeakKeyDictionary()
_interrupt_handler = None


def registerResult(result):
    _results[result] = 1


def removeResult(result):
    return bool(_results.pop(result, None))


def installHandler():
    global _interrupt_handler
    if _interrupt_handler is None:
        default_handler = signal.getsignal(signal.SIGINT)

        def handler(signum, frame):
            for result in list(_results.keys()):
                result.stop()
            if callable(default_handler):
                default_handler(signum, frame)
        _interrupt_handler = (handler, default_handler)
        signal.signal(signal.SIGINT, handler)


def removeHandler(method=None):
    global _interrupt_handler
    if method is not None:
        @wraps(method)
        def inner(*args, **kwargs):
            initial = signal.getsignal(signal.SIGINT)
            removeHandler()
            try:
                return method(*args, **kwargs)
            finally:
                signal.signal(signal.SIGINT, initial)
        return inner
    if _interrupt_handler is not None:
        signal.signal(signal.SIGINT, _interrupt_handler[1])
        _interrupt_handler = None
