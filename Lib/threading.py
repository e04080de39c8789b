"""High-level threading interface built on top of the _thread module.

This is pyrite's implementation of the threading module of Python 3.11.
Every blocking operation ends up in an acquire() of a _thread lock, so the
VM can release the GIL there and deliver KeyboardInterrupt.
"""

import sys as _sys
import _thread

from time import monotonic as _time
from itertools import count as _count

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread',
           'enumerate', 'main_thread', 'TIMEOUT_MAX',
           'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread',
           'Barrier', 'BrokenBarrierError', 'Timer', 'ThreadError',
           'setprofile', 'settrace', 'local', 'stack_size',
           'excepthook', 'ExceptHookArgs', 'gettrace', 'getprofile']

# Private aliases so that "from threading import *" stays clean.
_start_new_thread = _thread.start_new_thread
_allocate_lock = _thread.allocate_lock
_set_sentinel = getattr(_thread, '_set_sentinel', None)
get_ident = _thread.get_ident
try:
    get_native_id = _thread.get_native_id
except AttributeError:
    _HAVE_THREAD_NATIVE_ID = False
else:
    _HAVE_THREAD_NATIVE_ID = True
    __all__.append('get_native_id')
ThreadError = _thread.error
_CRLock = getattr(_thread, 'RLock', None)
TIMEOUT_MAX = _thread.TIMEOUT_MAX
Lock = _allocate_lock
stack_size = _thread.stack_size


def _warn_deprecated(message):
    import warnings
    warnings.warn(message, DeprecationWarning, stacklevel=3)


# ---------------------------------------------------------------------------
# Trace and profile hooks installed in every thread started from here on.

_profile_hook = None
_trace_hook = None


def setprofile(func):
    """Set a profile function for all threads started from the threading module.

    The func will be passed to sys.setprofile() for each thread, before its
    run() method is called.
    """
    global _profile_hook
    _profile_hook = func


def getprofile():
    """Get the profiler function as set by threading.setprofile()."""
    return _profile_hook


def settrace(func):
    """Set a trace function for all threads started from the threading module.

    The func will be passed to sys.settrace() for each thread, before its run()
    method is called.
    """
    global _trace_hook
    _trace_hook = func


def gettrace():
    """Get the trace function as set by threading.settrace()."""
    return _trace_hook


# ---------------------------------------------------------------------------
# Reentrant lock


def RLock(*args, **kwargs):
    """Factory function that returns a new reentrant lock.

    A reentrant lock must be released by the thread that acquired it. Once a
    thread has acquired a reentrant lock, the same thread may acquire it again
    without blocking; the thread must release it once for each time it has
    acquired it.
    """
    if _CRLock is None:
        return _PyRLock(*args, **kwargs)
    return _CRLock(*args, **kwargs)


class _RLock:
    """Reentrant lock written in Python on top of a plain _thread lock.

    The owner is the ident of the holding thread (None when free) and the
    count is the recursion depth.
    """

    def __init__(self):
        self._block = _allocate_lock()
        self._owner = None
        self._count = 0

    def __repr__(self):
        owner = self._owner
        thread = _active.get(owner)
        if thread is not None:
            owner = thread.name
        cls = self.__class__
        state = "locked" if self._block.locked() else "unlocked"
        return "<%s %s.%s object owner=%r count=%d at %s>" % (
            state, cls.__module__, cls.__qualname__, owner, self._count,
            hex(id(self)))

    def _at_fork_reinit(self):
        self._block._at_fork_reinit()
        self._owner = None
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        """Acquire the lock, blocking or non-blocking, with an optional timeout.

        Returns True when the lock was acquired (or re-entered by its
        owner), False otherwise.
        """
        me = get_ident()
        if self._owner == me:
            self._count += 1
            return 1
        got = self._block.acquire(blocking, timeout)
        if got:
            self._owner = me
            self._count = 1
        return got

    __enter__ = acquire

    def release(self):
        """Release the lock once; it is freed when the count drops to zero."""
        if self._owner != get_ident():
            raise RuntimeError("cannot release un-acquired lock")
        remaining = self._count - 1
        self._count = remaining
        if remaining == 0:
            self._owner = None
            self._block.release()

    def __exit__(self, t, v, tb):
        self.release()

    # Used by Condition.wait() to fully drop and later restore the lock.

    def _acquire_restore(self, state):
        self._block.acquire()
        self._count, self._owner = state

    def _release_save(self):
        if self._count == 0:
            raise RuntimeError("cannot release un-acquired lock")
        state = (self._count, self._owner)
        self._count = 0
        self._owner = None
        self._block.release()
        return state

    def _is_owned(self):
        return self._owner == get_ident()

    def _recursion_count(self):
        if self._owner != get_ident():
            return 0
        return self._count


_PyRLock = _RLock


# ---------------------------------------------------------------------------
# Condition variables


class Condition:
    """Class that implements a condition variable.

    A condition variable allows one or more threads to wait until they are
    notified by another thread.  If the lock argument is given and not None,
    it must be a Lock or RLock object, and it is used as the underlying lock.
    Otherwise, a new RLock object is created and used as the underlying lock.
    """

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        # Locks that know how to save/restore their state (RLock) provide
        # these helpers; plain locks use the generic methods below.
        for helper in ('_release_save', '_acquire_restore', '_is_owned'):
            try:
                setattr(self, helper, getattr(lock, helper))
            except AttributeError:
                pass
        self._waiters = []

    def _at_fork_reinit(self):
        self._lock._at_fork_reinit()
        self._waiters.clear()

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._waiters))

    def _release_save(self):
        self._lock.release()

    def _acquire_restore(self, state):
        self._lock.acquire()

    def _is_owned(self):
        # A plain lock does not know its owner: assume the caller owns it
        # when it is currently held.
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def wait(self, timeout=None):
        """Wait until notified or until a timeout occurs.

        The lock must be held by the caller.  Returns True unless the given
        timeout expired, in which case it returns False.
        """
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        # Each waiter blocks on its own pre-acquired lock; notify() frees it.
        gate = _allocate_lock()
        gate.acquire()
        self._waiters.append(gate)
        state = self._release_save()
        woken = False
        try:
            if timeout is None:
                gate.acquire()
                woken = True
            elif timeout > 0:
                woken = gate.acquire(True, timeout)
            else:
                woken = gate.acquire(False)
            return woken
        finally:
            self._acquire_restore(state)
            if not woken:
                try:
                    self._waiters.remove(gate)
                except ValueError:
                    pass

    def wait_for(self, predicate, timeout=None):
        """Wait until a condition evaluates to True.

        predicate should be a callable whose result is interpreted as a
        boolean.  The last value returned by predicate is returned.
        """
        deadline = None
        remaining = timeout
        outcome = predicate()
        while not outcome:
            if remaining is not None:
                if deadline is None:
                    deadline = _time() + remaining
                else:
                    remaining = deadline - _time()
                    if remaining <= 0:
                        break
            self.wait(remaining)
            outcome = predicate()
        return outcome

    def notify(self, n=1):
        """Wake up one or more threads waiting on this condition, if any.

        The lock must be held by the caller.
        """
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        waiters = self._waiters
        while waiters and n > 0:
            gate = waiters[0]
            try:
                gate.release()
            except RuntimeError:
                # The waiter timed out and released its gate itself.
                pass
            else:
                n -= 1
            try:
                waiters.remove(gate)
            except ValueError:
                pass

    def notify_all(self):
        """Wake up all threads waiting on this condition."""
        self.notify(len(self._waiters))

    def notifyAll(self):
        """Wake up all threads waiting on this condition.

        This method is deprecated, use notify_all() instead.
        """
        _warn_deprecated('notifyAll() is deprecated, use notify_all() instead')
        self.notify_all()


# ---------------------------------------------------------------------------
# Semaphores


class Semaphore:
    """This class implements semaphore objects.

    Semaphores manage a counter representing the number of release() calls
    minus the number of acquire() calls, plus an initial value.
    """

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def __repr__(self):
        cls = self.__class__
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" value={self._value}>")

    def acquire(self, blocking=True, timeout=None):
        """Acquire a semaphore, decrementing the internal counter by one.

        Returns True on success, False when non-blocking or timed out.
        """
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        acquired = False
        deadline = None
        with self._cond:
            while self._value == 0:
                if not blocking:
                    break
                if timeout is not None:
                    if deadline is None:
                        deadline = _time() + timeout
                    else:
                        timeout = deadline - _time()
                        if timeout <= 0:
                            break
                self._cond.wait(timeout)
            else:
                self._value -= 1
                acquired = True
        return acquired

    __enter__ = acquire

    def release(self, n=1):
        """Release a semaphore, incrementing the internal counter by n."""
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            self._value += n
            for _ in range(n):
                self._cond.notify()

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A bounded semaphore checks that its value never exceeds the initial one.

    Releasing it too many times raises ValueError.
    """

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        cls = self.__class__
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" value={self._value}/{self._initial_value}>")

    def release(self, n=1):
        """Release a semaphore, incrementing the internal counter by n.

        Raises ValueError when the counter would exceed the initial value.
        """
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError("Semaphore released too many times")
            self._value += n
            for _ in range(n):
                self._cond.notify()


# ---------------------------------------------------------------------------
# Events


class Event:
    """Class implementing event objects.

    Events manage a flag that can be set to true with the set() method and
    reset to false with the clear() method.  The wait() method blocks until
    the flag is true.  The flag is initially false.
    """

    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        cls = self.__class__
        status = 'set' if self._flag else 'unset'
        return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: {status}>"

    def _at_fork_reinit(self):
        self._cond._at_fork_reinit()

    def is_set(self):
        """Return true if and only if the internal flag is true."""
        return self._flag

    def isSet(self):
        """Return true if and only if the internal flag is true.

        This method is deprecated, use is_set() instead.
        """
        _warn_deprecated('isSet() is deprecated, use is_set() instead')
        return self.is_set()

    def set(self):
        """Set the internal flag to true and wake up every waiting thread."""
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        """Reset the internal flag to false."""
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        """Block until the internal flag is true or the timeout expires.

        Returns the internal flag on exit.
        """
        with self._cond:
            flag = self._flag
            if not flag:
                flag = self._cond.wait(timeout)
            return flag


# ---------------------------------------------------------------------------
# Barriers


class Barrier:
    """Implements a Barrier.

    Useful for synchronizing a fixed number of threads at known
    synchronization points.  Threads block on 'wait()' and are simultaneously
    awoken once they have all made that call.
    """

    # _state: 0 while filling, 1 while draining, -1 while resetting,
    # -2 when broken.

    def __init__(self, parties, action=None, timeout=None):
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._state = 0
        self._count = 0

    def __repr__(self):
        cls = self.__class__
        if self.broken:
            return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: broken>"
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" waiters={self.n_waiting}/{self.parties}>")

    def wait(self, timeout=None):
        """Wait for the barrier.

        Returns an integer in range(parties), different for every thread.
        """
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            self._wait_until_filling()
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
                    self._trip()
                else:
                    self._wait_for_trip(timeout)
                return index
            finally:
                self._count -= 1
                self._leave()

    def _wait_until_filling(self):
        # A previous cycle may still be draining or resetting.
        while self._state == 1 or self._state == -1:
            self._cond.wait()
        if self._state < 0:
            raise BrokenBarrierError

    def _trip(self):
        # Last thread in: run the action and let everybody go.
        try:
            if self._action:
                self._action()
            self._state = 1
            self._cond.notify_all()
        except:
            self._break()
            raise

    def _wait_for_trip(self, timeout):
        if not self._cond.wait_for(lambda: self._state != 0, timeout):
            self._break()
            raise BrokenBarrierError
        if self._state < 0:
            raise BrokenBarrierError

    def _leave(self):
        # The last thread out re-arms the barrier.
        if self._count == 0 and (self._state == 1 or self._state == -1):
            self._state = 0
            self._cond.notify_all()

    def reset(self):
        """Reset the barrier to the initial state.

        Any threads currently waiting get the BrokenBarrier exception raised.
        """
        with self._cond:
            if self._count > 0:
                if self._state == 0 or self._state == -2:
                    self._state = -1
            else:
                self._state = 0
            self._cond.notify_all()

    def abort(self):
        """Place the barrier into a 'broken' state."""
        with self._cond:
            self._break()

    def _break(self):
        self._state = -2
        self._cond.notify_all()

    @property
    def parties(self):
        """Return the number of threads required to trip the barrier."""
        return self._parties

    @property
    def n_waiting(self):
        """Return the number of threads currently waiting at the barrier."""
        if self._state == 0:
            return self._count
        return 0

    @property
    def broken(self):
        """Return True if the barrier is in a broken state."""
        return self._state == -2


class BrokenBarrierError(RuntimeError):
    pass


# ---------------------------------------------------------------------------
# Thread bookkeeping

_counter = _count(1).__next__


def _newname(name_template):
    return name_template % _counter()


# Reentrant so that enumerate() and friends can be called from code that
# already holds it.
_active_limbo_lock = RLock()
_active = {}    # thread ident -> Thread object
_limbo = {}     # Thread objects started but not yet running

# Locks of non-daemon threads that _shutdown() waits for.
_shutdown_locks_lock = _allocate_lock()
_shutdown_locks = set()


def _maintain_shutdown_locks():
    """Drop the locks of threads that have already finished."""
    finished = [lk for lk in _shutdown_locks if not lk.locked()]
    _shutdown_locks.difference_update(finished)


# ---------------------------------------------------------------------------
# Threads


class Thread:
    """A class that represents a thread of control.

    This class can be safely subclassed in a limited fashion. There are two
    ways to specify the activity: by passing a callable object to the
    constructor, or by overriding the run() method in a subclass.
    """

    _initialized = False

    def __init__(self, group=None, target=None, name=None,
                 args=(), kwargs=None, *, daemon=None):
        """This constructor should always be called with keyword arguments.

        *group* should be None; *target* is the callable run by run();
        *name* is the thread name (by default "Thread-N (target)"); *args*
        and *kwargs* are passed to the target; *daemon* sets the daemon flag.
        """
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                try:
                    name += f" ({target.__name__})"
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is None:
            daemon = current_thread().daemon
        self._daemonic = daemon
        self._ident = None
        if _HAVE_THREAD_NATIVE_ID:
            self._native_id = None
        self._tstate_lock = None
        self._own_tstate_lock = False
        self._started = Event()
        self._is_stopped = False
        self._initialized = True
        # Kept for the excepthook in case sys.stderr is gone later.
        self._stderr = _sys.stderr
        self._invoke_excepthook = _make_invoke_excepthook()

    def _reset_internal_locks(self, is_alive):
        self._started._at_fork_reinit()
        if is_alive:
            if self._tstate_lock is not None:
                self._tstate_lock._at_fork_reinit()
                self._tstate_lock.acquire()
        else:
            self._is_stopped = True
            self._tstate_lock = None

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        status = "initial"
        if self._started.is_set():
            status = "started"
        self.is_alive()  # updates _is_stopped if the thread has ended
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)

    def start(self):
        """Start the thread's activity.

        It must be called at most once per thread object; a second call
        raises RuntimeError.
        """
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("threads can only be started once")
        with _active_limbo_lock:
            _limbo[self] = self
        try:
            _start_new_thread(self._bootstrap, ())
        except Exception:
            with _active_limbo_lock:
                del _limbo[self]
            raise
        self._started.wait()

    def run(self):
        """Method representing the thread's activity.

        The default calls the target given to the constructor with args and
        kwargs.
        """
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            # Break reference cycles through the target's arguments.
            del self._target, self._args, self._kwargs

    def _bootstrap(self):
        try:
            self._bootstrap_inner()
        except:
            # Daemon threads may see the interpreter torn down under them.
            if self._daemonic and _sys is None:
                return
            raise

    def _set_ident(self):
        self._ident = get_ident()

    if _HAVE_THREAD_NATIVE_ID:
        def _set_native_id(self):
            self._native_id = get_native_id()

    def _set_tstate_lock(self):
        """Install the lock that tells when this thread has fully ended."""
        if _set_sentinel is not None:
            # Released by the VM once the thread state is destroyed.
            lock = _set_sentinel()
        else:
            # Released by _bootstrap_inner() as the very last step.
            lock = _allocate_lock()
            self._own_tstate_lock = True
        lock.acquire()
        self._tstate_lock = lock
        if not self.daemon:
            with _shutdown_locks_lock:
                _maintain_shutdown_locks()
                _shutdown_locks.add(lock)

    def _bootstrap_inner(self):
        try:
            self._set_ident()
            self._set_tstate_lock()
            if _HAVE_THREAD_NATIVE_ID:
                self._set_native_id()
            self._started.set()
            with _active_limbo_lock:
                _active[self._ident] = self
                del _limbo[self]
            if _trace_hook:
                _sys.settrace(_trace_hook)
            if _profile_hook:
                _sys.setprofile(_profile_hook)
            try:
                self.run()
            except:
                self._invoke_excepthook(self)
        finally:
            self._delete()
            if self._own_tstate_lock:
                lock = self._tstate_lock
                if lock is not None and lock.locked():
                    try:
                        lock.release()
                    except RuntimeError:
                        pass

    def _stop(self):
        # Called once the tstate lock is known to be released.
        lock = self._tstate_lock
        if lock is not None:
            assert not lock.locked()
        self._is_stopped = True
        self._tstate_lock = None
        if not self.daemon:
            with _shutdown_locks_lock:
                _shutdown_locks.discard(lock)

    def _delete(self):
        """Remove the current thread from the dict of running threads."""
        _forget_thread_locals(self)
        with _active_limbo_lock:
            del _active[get_ident()]

    def join(self, timeout=None):
        """Wait until the thread terminates.

        With a timeout (seconds, float), returns after at most that long;
        call is_alive() afterwards to know whether the thread ended.
        """
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if timeout is None:
            self._wait_for_tstate_lock()
        else:
            self._wait_for_tstate_lock(timeout=max(timeout, 0))

    def _wait_for_tstate_lock(self, block=True, timeout=-1):
        lock = self._tstate_lock
        if lock is None:
            # Already known to be finished.
            assert self._is_stopped
            return
        try:
            if lock.acquire(block, timeout):
                lock.release()
                self._stop()
        except:
            # Interrupted (e.g. KeyboardInterrupt) while waiting.
            if lock.locked():
                lock.release()
                self._stop()
            raise

    @property
    def name(self):
        """A string used for identification purposes only."""
        assert self._initialized, "Thread.__init__() not called"
        return self._name

    @name.setter
    def name(self, name):
        assert self._initialized, "Thread.__init__() not called"
        self._name = str(name)

    @property
    def ident(self):
        """Thread identifier of this thread or None if it has not been started."""
        assert self._initialized, "Thread.__init__() not called"
        return self._ident

    if _HAVE_THREAD_NATIVE_ID:
        @property
        def native_id(self):
            """Native integral thread ID of this thread, or None if not started."""
            assert self._initialized, "Thread.__init__() not called"
            return self._native_id

    def is_alive(self):
        """Return whether the thread is alive.

        True from just before run() starts until just after it ends.
        """
        assert self._initialized, "Thread.__init__() not called"
        if self._is_stopped or not self._started.is_set():
            return False
        self._wait_for_tstate_lock(False)
        return not self._is_stopped

    @property
    def daemon(self):
        """A boolean value indicating whether this thread is a daemon thread."""
        assert self._initialized, "Thread.__init__() not called"
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        """Return whether this thread is a daemon.

        This method is deprecated, use the daemon attribute instead.
        """
        _warn_deprecated('isDaemon() is deprecated, get the daemon attribute instead')
        return self.daemon

    def setDaemon(self, daemonic):
        """Set whether this thread is a daemon.

        This method is deprecated, use the .daemon property instead.
        """
        _warn_deprecated('setDaemon() is deprecated, set the daemon attribute instead')
        self.daemon = daemonic

    def getName(self):
        """Return a string used for identification purposes only.

        This method is deprecated, use the name attribute instead.
        """
        _warn_deprecated('getName() is deprecated, get the name attribute instead')
        return self.name

    def setName(self, name):
        """Set the name string for this thread.

        This method is deprecated, use the name attribute instead.
        """
        _warn_deprecated('setName() is deprecated, set the name attribute instead')
        self.name = name


# ---------------------------------------------------------------------------
# Uncaught exceptions in threads


class ExceptHookArgs(tuple):
    """ExceptHookArgs

    Type used to pass arguments to threading.excepthook."""

    __slots__ = ()
    n_fields = 4
    n_sequence_fields = 4
    n_unnamed_fields = 0
    _fields = ('exc_type', 'exc_value', 'exc_traceback', 'thread')

    def __new__(cls, sequence=()):
        values = tuple(sequence)
        if len(values) != 4:
            raise TypeError("_thread._ExceptHookArgs() takes a 4-sequence "
                            "(%d-sequence given)" % len(values))
        return tuple.__new__(cls, values)

    exc_type = property(lambda self: self[0])
    exc_value = property(lambda self: self[1])
    exc_traceback = property(lambda self: self[2])
    thread = property(lambda self: self[3])

    def __repr__(self):
        return "_thread._ExceptHookArgs(%s)" % ", ".join(
            "%s=%r" % pair for pair in zip(self._fields, self))

    def __reduce__(self):
        return (ExceptHookArgs, (tuple(self),))


ExceptHookArgs.__module__ = '_thread'
ExceptHookArgs.__name__ = ExceptHookArgs.__qualname__ = '_ExceptHookArgs'


def _print_exception(exc_type, exc_value, exc_tb, file):
    """Print a traceback the way sys.excepthook does."""
    try:
        from traceback import print_exception
    except ImportError:
        _print_exception_fallback(exc_value, exc_tb, file)
    else:
        print_exception(exc_type, exc_value, exc_tb, file=file)


def _source_line(filename, lineno):
    try:
        import linecache
    except ImportError:
        try:
            with open(filename, encoding='utf-8') as f:
                for number, line in zip(_count(1), f):
                    if number == lineno:
                        return line.strip()
        except Exception:
            pass
        return ''
    return linecache.getline(filename, lineno).strip()


def _print_exception_fallback(value, tb, file, _seen=None):
    # Minimal replacement for traceback.print_exception() for interpreters
    # started before the traceback module is available.
    if _seen is None:
        _seen = set()
    _seen.add(id(value))
    if isinstance(value, BaseException):
        cause = value.__cause__
        context = value.__context__
        if cause is not None and id(cause) not in _seen:
            _print_exception_fallback(cause, cause.__traceback__, file, _seen)
            print("\nThe above exception was the direct cause of the "
                  "following exception:\n", file=file)
        elif (context is not None and not value.__suppress_context__
              and id(context) not in _seen):
            _print_exception_fallback(context, context.__traceback__, file, _seen)
            print("\nDuring handling of the above exception, another "
                  "exception occurred:\n", file=file)
    if tb is not None:
        print("Traceback (most recent call last):", file=file)
        while tb is not None:
            code = tb.tb_frame.f_code
            lineno = tb.tb_lineno
            print('  File "%s", line %s, in %s'
                  % (code.co_filename, lineno, code.co_name), file=file)
            line = _source_line(code.co_filename, lineno)
            if line:
                print('    %s' % line, file=file)
            tb = tb.tb_next
    etype = type(value)
    name = etype.__qualname__
    module = etype.__module__
    if module not in ("__main__", "builtins"):
        name = "%s.%s" % (module, name)
    try:
        text = str(value)
    except Exception:
        text = "<exception str() failed>"
    print("%s: %s" % (name, text) if text else name, file=file)


def excepthook(args, /):
    """Handle uncaught Thread.run() exception."""
    if args.exc_type == SystemExit:
        # A thread calling sys.exit() just ends quietly.
        return
    if _sys is not None and _sys.stderr is not None:
        stderr = _sys.stderr
    elif args.thread is not None:
        stderr = args.thread._stderr
        if stderr is None:
            return
    else:
        return
    if args.thread is not None:
        name = args.thread.name
    else:
        name = get_ident()
    print(f"Exception in thread {name}:", file=stderr, flush=True)
    _print_exception(args.exc_type, args.exc_value, args.exc_traceback,
                     stderr)
    stderr.flush()


# The original value, so that it can be restored.
__excepthook__ = excepthook


def _make_invoke_excepthook():
    # Capture everything needed now: at interpreter shutdown module globals
    # may already be cleared when a daemon thread fails.
    fallback_hook = excepthook
    fallback_sys_hook = _sys.excepthook
    if fallback_hook is None:
        raise RuntimeError("threading.excepthook is None")
    if fallback_sys_hook is None:
        raise RuntimeError("sys.excepthook is None")
    exc_info = _sys.exc_info
    saved_print = print
    saved_sys = _sys

    def invoke_excepthook(thread):
        global excepthook
        args = None
        try:
            hook = excepthook
            if hook is None:
                hook = fallback_hook
            args = ExceptHookArgs([*exc_info(), thread])
            hook(args)
        except Exception as exc:
            exc.__suppress_context__ = True
            args = None
            if saved_sys is not None and saved_sys.stderr is not None:
                stderr = saved_sys.stderr
            else:
                stderr = thread._stderr
            saved_print("Exception in threading.excepthook:",
                        file=stderr, flush=True)
            if saved_sys is not None and saved_sys.excepthook is not None:
                sys_hook = saved_sys.excepthook
            else:
                sys_hook = fallback_sys_hook
            sys_hook(*exc_info())
        finally:
            # Avoid a reference cycle through the traceback.
            args = None

    return invoke_excepthook


# ---------------------------------------------------------------------------
# Timer


class Timer(Thread):
    """Call a function after a specified number of seconds:

            t = Timer(30.0, f, args=None, kwargs=None)
            t.start()
            t.cancel()     # stop the timer's action if it's still waiting
    """

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        """Stop the timer if it hasn't finished yet."""
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


# ---------------------------------------------------------------------------
# Special threads: the main thread and threads not started from here.


class _MainThread(Thread):

    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._set_tstate_lock()
        self._started.set()
        self._set_ident()
        if _HAVE_THREAD_NATIVE_ID:
            self._set_native_id()
        with _active_limbo_lock:
            _active[self._ident] = self


class _DummyThread(Thread):
    # Stands for a thread started outside this module (e.g. directly with
    # _thread.start_new_thread()); it is always alive and daemonic.

    def __init__(self):
        Thread.__init__(self, name=_newname("Dummy-%d"), daemon=True)
        self._started.set()
        self._set_ident()
        if _HAVE_THREAD_NATIVE_ID:
            self._set_native_id()
        with _active_limbo_lock:
            _active[self._ident] = self

    def _stop(self):
        pass

    def is_alive(self):
        assert not self._is_stopped and self._started.is_set()
        return True

    def join(self, timeout=None):
        assert False, "cannot join a dummy thread"


# ---------------------------------------------------------------------------
# Module-level API


def current_thread():
    """Return the current Thread object, corresponding to the caller's thread.

    A dummy thread object is returned for threads not created through the
    threading module.
    """
    try:
        return _active[get_ident()]
    except KeyError:
        return _DummyThread()


def currentThread():
    """Return the current Thread object, corresponding to the caller's thread.

    This function is deprecated, use current_thread() instead.
    """
    _warn_deprecated('currentThread() is deprecated, use current_thread() instead')
    return current_thread()


def active_count():
    """Return the number of Thread objects currently alive."""
    with _active_limbo_lock:
        return len(_active) + len(_limbo)


def activeCount():
    """Return the number of Thread objects currently alive.

    This function is deprecated, use active_count() instead.
    """
    _warn_deprecated('activeCount() is deprecated, use active_count() instead')
    return active_count()


def _enumerate():
    # Same as enumerate(), without the lock.
    return list(_active.values()) + list(_limbo.values())


def enumerate():
    """Return a list of all Thread objects currently alive."""
    with _active_limbo_lock:
        return list(_active.values()) + list(_limbo.values())


_threading_atexits = []
_SHUTTING_DOWN = False


def _register_atexit(func, *arg, **kwargs):
    """Register a function to be called before non-daemon threads are joined.

    Functions run in reverse registration order from _shutdown().
    """
    if _SHUTTING_DOWN:
        raise RuntimeError("can't register atexit after shutdown")
    _threading_atexits.append(lambda: func(*arg, **kwargs))


def _shutdown():
    """Wait until all non-daemon threads have ended.

    Called by the interpreter before it finalizes.
    """
    if _main_thread._is_stopped:
        return
    global _SHUTTING_DOWN
    _SHUTTING_DOWN = True

    for call in reversed(_threading_atexits):
        call()

    if _main_thread.ident == get_ident():
        lock = _main_thread._tstate_lock
        assert lock is not None
        assert lock.locked()
        lock.release()
        _main_thread._stop()

    # New threads may be started while we wait, so loop until none is left.
    while True:
        with _shutdown_locks_lock:
            pending = list(_shutdown_locks)
            _shutdown_locks.clear()
        if not pending:
            break
        for lock in pending:
            lock.acquire()
            lock.release()


def main_thread():
    """Return the main thread object.

    In normal conditions, the main thread is the thread from which the
    Python interpreter was started.
    """
    return _main_thread


# ---------------------------------------------------------------------------
# Thread-local data

try:
    from _thread import _local as local
except ImportError:
    from _threading_local import local as _py_local

    class local(_py_local):
        __slots__ = ()

    local.__module__ = '_thread'
    local.__name__ = local.__qualname__ = '_local'
    del _py_local

_forget_thread_locals = getattr(local, '_forget_thread', None)
if _forget_thread_locals is None:
    def _forget_thread_locals(thread):
        pass


_main_thread = _MainThread()


def _after_fork():
    """Reset the module state in a child process after os.fork()."""
    global _active_limbo_lock, _main_thread
    global _shutdown_locks_lock, _shutdown_locks
    _active_limbo_lock = RLock()
    try:
        current = _active[get_ident()]
    except KeyError:
        current = _MainThread()
    _main_thread = current
    _shutdown_locks_lock = _allocate_lock()
    _shutdown_locks = set()
    survivors = {}
    with _active_limbo_lock:
        for thread in set(_enumerate()):
            if thread is current:
                thread._reset_internal_locks(True)
                ident = get_ident()
                thread._ident = ident
                survivors[ident] = thread
            else:
                thread._reset_internal_locks(False)
                thread._stop()
        _limbo.clear()
        _active.clear()
        _active.update(survivors)
        assert len(_active) == 1
