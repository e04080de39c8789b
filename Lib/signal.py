"""Set handlers for asynchronous events (signals).

The native part is `_signal`; this module adds the `Signals`, `Handlers`
and `Sigmasks` IntEnums and makes `signal()`/`getsignal()` return enum
members where the value is a known one."""

import _signal
from _signal import *
from enum import IntEnum as _IntEnum

_ns = globals()

# Linux constants the native module may not define.
for _name, _value in (("SIGSTKFLT", 16), ("SIGCLD", 17),
                      ("SIG_BLOCK", 0), ("SIG_UNBLOCK", 1), ("SIG_SETMASK", 2)):
    _ns.setdefault(_name, _value)
del _name, _value


def _is_signal_name(name):
    return name.isupper() and name.startswith("SIG") and not name.startswith("SIG_")


_IntEnum._convert_("Signals", __name__, _is_signal_name)
_IntEnum._convert_("Handlers", __name__, lambda name: name in ("SIG_DFL", "SIG_IGN"))
_IntEnum._convert_("Sigmasks", __name__,
                   lambda name: name in ("SIG_BLOCK", "SIG_UNBLOCK", "SIG_SETMASK"))


def _as_member(value, enum_class):
    try:
        return enum_class(value)
    except ValueError:
        return value


def _as_int(value):
    try:
        return int(value)
    except (TypeError, ValueError):
        return value


def signal(signalnum, handler):
    return _as_member(_signal.signal(_as_int(signalnum), _as_int(handler)), Handlers)


signal.__doc__ = _signal.signal.__doc__


def getsignal(signalnum):
    return _as_member(_signal.getsignal(signalnum), Handlers)


getsignal.__doc__ = _signal.getsignal.__doc__


def valid_signals():
    """Return a set of valid signal numbers on this platform."""
    # sigfillset() on glibc leaves out 32 and 33 (used by the thread library).
    nums = [n for n in range(1, NSIG) if n not in (32, 33)]
    return {_as_member(n, Signals) for n in nums}


if hasattr(_signal, "pthread_sigmask"):
    def pthread_sigmask(how, mask):
        return {_as_member(n, Signals) for n in _signal.pthread_sigmask(how, mask)}

if hasattr(_signal, "sigpending"):
    def sigpending():
        return {_as_member(n, Signals) for n in _signal.sigpending()}

del _ns
