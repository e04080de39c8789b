"""pyrite's threading module: threads and synchronisation primitives.

The API is the one of CPython 3.11's threading.  Every blocking wait ends
in an acquire() of a _thread lock, where the VM releases the GIL and can
deliver KeyboardInterrupt.
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
    """Install *func* with sys.setprofile() in each thread started later by
    this module, before the thread's run() method runs.
    """
    global _profile_hook
    _profile_hook = func


def getprofile():
    """The function given to setprofile(), or None."""
    return _profile_hook


def settrace(func):
    """Install *func* with sys.settrace() in each thread started later by
    this module, before the thread's run() method runs.
    """
    global _trace_hook
    _trace_hook = func


def gettrace():
    """The function given to settrace(), or None."""
    return _trace_hook


# ---------------------------------------------------------------------------
# Reentrant lock


def RLock(*args, **kwargs):
    """Make a reentrant lock (the _thread one when the VM has it).

    The owning thread may acquire it again without blocking and must release
    it as many times as it acquired it.
    """
    if _CRLock is None:
        return _PyRLock(*args, **kwargs)
    return _CRLock(*args, **kwargs)


class _RLock:
    """Reentrant lock in Python, built on a plain _thread lock.

    _owner is the ident of the holder (None when free) and _count the depth.
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
        """Take the lock, or re-enter it when the caller already owns it.

        *blocking* and *timeout* work as for a plain lock; the result tells
        whether the lock is now held.
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
        """Undo one acquire(); the lock is free once every acquire is undone.

        Only the owner may call it, anyone else gets RuntimeError.
        """
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
    """Condition variable: threads wait() on it until another thread calls
    notify() or notify_all().

    It works on *lock* (a Lock or RLock), or on a fresh RLock when *lock* is
    None; the lock must be held around wait() and notify().
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
        """Release the lock, sleep until notified, then take the lock back.

        With *timeout* (seconds) give up after that long: the result is False
        when the timeout expired and True otherwise.
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
        """wait() until *predicate()* is true, at most *timeout* seconds in all
        when given; returns the last value of the predicate.
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
        """Wake up to *n* threads waiting on this condition (the lock must be
        held by the caller).
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
        """Wake up every thread waiting on this condition."""
        self.notify(len(self._waiters))

    def notifyAll(self):
        """Deprecated alias of notify_all()."""
        _warn_deprecated('notifyAll() is deprecated, use notify_all() instead')
        self.notify_all()


# ---------------------------------------------------------------------------
# Semaphores


class Semaphore:
    """Counting semaphore: acquire() takes one unit, waiting while there is
    none; release() gives units back.  It starts with *value* units.
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
        """Take one unit, waiting for one when *blocking* (for at most *timeout*
        seconds when given).  True when a unit was taken.
        """
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        with self._cond:
            if not self._value:
                if not blocking:
                    return False
                if not self._cond.wait_for(self._has_units, timeout):
                    return False
            self._value -= 1
            return True

    def _has_units(self):
        return self._value > 0

    __enter__ = acquire

    def release(self, n=1):
        """Give back *n* units and wake as many waiting threads."""
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            self._value += n
            for _ in range(n):
                self._cond.notify()

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """Semaphore that refuses (ValueError) to hold more units than it
    started with: a guard against releasing too often.
    """

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        cls = self.__class__
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" value={self._value}/{self._initial_value}>")

    def release(self, n=1):
        """Give back *n* units; ValueError when that would exceed the initial
        value.
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
    """A flag threads can wait for: set() raises it, clear() lowers it and
    wait() blocks while it is down.  It starts lowered.
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
        """Whether the flag is currently set."""
        return self._flag

    def isSet(self):
        """Deprecated alias of is_set()."""
        _warn_deprecated('isSet() is deprecated, use is_set() instead')
        return self.is_set()

    def set(self):
        """Raise the flag and wake up every waiting thread."""
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        """Lower the flag again."""
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        """Block until the flag is set (or *timeout* seconds passed, when given)
        and return the flag.
        """
        with self._cond:
            flag = self._flag
            if not flag:
                flag = self._cond.wait(timeout)
            return flag


# ---------------------------------------------------------------------------
# Barriers


class Barrier:
    """Rendezvous point for a fixed number (*parties*) of threads.

    Each thread calling wait() blocks until *parties* threads are waiting;
    then *action* (if any) runs in one of them and all continue.  *timeout*
    is the default timeout of wait().
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
        """Wait until all parties arrived; returns this thread's arrival index
        (0 to parties-1).  Raises BrokenBarrierError when the barrier is or gets
        broken, reset or the timeout expires.
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
        """Bring the barrier back to its empty state; threads waiting at that
        moment get BrokenBarrierError.
        """
        with self._cond:
            if self._count > 0:
                if self._state == 0 or self._state == -2:
                    self._state = -1
            else:
                self._state = 0
            self._cond.notify_all()

    def abort(self):
        """Break the barrier: current and future wait() calls fail until reset()."""
        with self._cond:
            self._break()

    def _break(self):
        self._state = -2
        self._cond.notify_all()

    @property
    def parties(self):
        """How many threads have to wait() for the barrier to open."""
        return self._parties

    @property
    def n_waiting(self):
        """How many threads wait at the barrier right now."""
        if self._state == 0:
            return self._count
        return 0

    @property
    def broken(self):
        """Whether the barrier is broken."""
        return self._state == -2


class BrokenBarrierError(RuntimeError):
    pass


# ---------------------------------------------------------------------------
# Thread bookkeeping

_counter = _count(1).__next__


def _newname(name_template):
    return name_template % (_counter(),)


# Reentrant so that enumerate() and friends can be called from code that
# already holds it.
_active_limbo_lock = RLock()
_active = {}    # thread ident -> Thread object
_limbo = {}     # Thread objects started but not yet running



class _WeakThreadSet:
    # Minimal weak set (_weakrefset.WeakSet would cost an import).

    def __init__(self):
        self._refs = {}

    def add(self, item):
        key = id(item)
        refs = self._refs

        def forget(wr, key=key):
            if refs.get(key) is wr:
                del refs[key]
        refs[key] = _weakref(item, forget)

    def discard(self, item):
        self._refs.pop(id(item), None)

    def __contains__(self, item):
        wr = self._refs.get(id(item))
        return wr is not None and wr() is item

    def __iter__(self):
        for wr in list(self._refs.values()):
            item = wr()
            if item is not None:
                yield item

    def __len__(self):
        return len(self._refs)

    def clear(self):
        self._refs.clear()

    def copy(self):
        other = _WeakThreadSet()
        for item in self:
            other.add(item)
        return other


# Every Thread object ever created and still alive (debugging aid, also
# used by _after_fork()).
try:
    from _weakref import ref as _weakref
except ImportError:
    # Without weak references the set would keep every thread alive.
    class _NoThreadSet(set):
        def add(self, item):
            pass
    _dangling = _NoThreadSet()
else:
    _dangling = _WeakThreadSet()

# Locks of non-daemon threads that _shutdown() waits for.
_shutdown_locks_lock = _allocate_lock()
_shutdown_locks = set()


def _maintain_shutdown_locks():
    """Forget the locks of non-daemon threads that already ended."""
    finished = [lk for lk in _shutdown_locks if not lk.locked()]
    _shutdown_locks.difference_update(finished)


# ---------------------------------------------------------------------------
# Threads


class Thread:
    """A thread of control.

    Give the constructor a *target* callable, or subclass Thread and override
    run() (and __init__, calling Thread.__init__ first).
    """

    _initialized = False

    def __init__(self, group=None, target=None, name=None,
                 args=(), kwargs=None, *, daemon=None):
        """Keyword arguments: *group* must be None; *target* is called by run()
        with *args* and *kwargs*; *name* defaults to "Thread-N (target)";
        *daemon* defaults to the daemon flag of the creating thread.
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
        _dangling.add(self)

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
            status += " %s" % (self._ident,)
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)

    def start(self):
        """Run the thread: run() gets called in a new thread of control.

        A Thread can be started only once (RuntimeError otherwise).
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
        """What the thread does; by default call the target with the args and
        kwargs given to the constructor.  Subclasses may override it.
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
        """Set up the lock that is released when the thread is completely
        finished.
        """
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
            try:
                self._delete()
            finally:
                if self._own_tstate_lock:
                    # No _set_sentinel(): the thread is done as far as
                    # Python code is concerned, let join() return.
                    lock = self._tstate_lock
                    if lock is not None and lock.locked():
                        lock.release()

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
        """Take the calling thread out of the table of running threads."""
        _forget_thread_locals(self)
        with _active_limbo_lock:
            del _active[get_ident()]

    def join(self, timeout=None):
        """Block until the thread has ended, or until *timeout* seconds (a
        float) passed; check is_alive() afterwards to tell which.
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
        """The thread's name; only used to identify it, several threads may share
        one.
        """
        assert self._initialized, "Thread.__init__() not called"
        return self._name

    @name.setter
    def name(self, name):
        assert self._initialized, "Thread.__init__() not called"
        self._name = str(name)

    @property
    def ident(self):
        """The _thread identifier of the thread (an int), None before start()."""
        assert self._initialized, "Thread.__init__() not called"
        return self._ident

    if _HAVE_THREAD_NATIVE_ID:
        @property
        def native_id(self):
            """The OS thread id (an int), None before start()."""
            assert self._initialized, "Thread.__init__() not called"
            return self._native_id

    def is_alive(self):
        """Whether the thread has been started and has not ended yet."""
        assert self._initialized, "Thread.__init__() not called"
        if self._is_stopped or not self._started.is_set():
            return False
        self._wait_for_tstate_lock(False)
        return not self._is_stopped

    @property
    def daemon(self):
        """Whether this is a daemon thread: the interpreter does not wait for
        daemon threads at exit.  Must be set before start().
        """
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
        """Deprecated: read the daemon attribute instead."""
        _warn_deprecated('isDaemon() is deprecated, get the daemon attribute instead')
        return self.daemon

    def setDaemon(self, daemonic):
        """Deprecated: assign the daemon attribute instead."""
        _warn_deprecated('setDaemon() is deprecated, set the daemon attribute instead')
        self.daemon = daemonic

    def getName(self):
        """Deprecated: read the name attribute instead."""
        _warn_deprecated('getName() is deprecated, get the name attribute instead')
        return self.name

    def setName(self, name):
        """Deprecated: assign the name attribute instead."""
        _warn_deprecated('setName() is deprecated, set the name attribute instead')
        self.name = name


# ---------------------------------------------------------------------------
# Uncaught exceptions in threads


class ExceptHookArgs(tuple):
    """Arguments of threading.excepthook(): exc_type, exc_value,
    exc_traceback and thread.
    """

    __slots__ = ()
    n_fields = 4
    n_sequence_fields = 4
    n_unnamed_fields = 0
    _fields = ('exc_type', 'exc_value', 'exc_traceback', 'thread')

    def __new__(cls, sequence=()):
        values = tuple(sequence)
        if len(values) != 4:
            raise TypeError("_thread._ExceptHookArgs() takes a 4-sequence "
                            "(%d-sequence given)" % (len(values),))
        return tuple.__new__(cls, values)

    exc_type = property(lambda self: self[0])
    exc_value = property(lambda self: self[1])
    exc_traceback = property(lambda self: self[2])
    thread = property(lambda self: self[3])

    def __repr__(self):
        return "_thread._ExceptHookArgs(%s)" % (", ".join(
            "%s=%r" % pair for pair in zip(self._fields, self)),)

    def __reduce__(self):
        return (ExceptHookArgs, (tuple(self),))


ExceptHookArgs.__module__ = '_thread'
ExceptHookArgs.__name__ = ExceptHookArgs.__qualname__ = '_ExceptHookArgs'


def _print_exception(exc_type, exc_value, exc_tb, file):
    """Write a traceback report to *file*, like sys.excepthook does."""
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
                print('    %s' % (line,), file=file)
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
    notes = getattr(value, '__notes__', None)
    if isinstance(notes, (list, tuple)):
        for note in notes:
            print(note if isinstance(note, str) else repr(note), file=file)


def excepthook(args, /):
    """Report an exception that escaped Thread.run() on sys.stderr."""
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
    """Thread that calls function(*args, **kwargs) once *interval* seconds
    have passed, unless cancel() was called before.
    """

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        """Prevent the call if it has not happened yet."""
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
    """The Thread object of the calling thread (a _DummyThread for threads
    that threading did not start).
    """
    try:
        return _active[get_ident()]
    except KeyError:
        return _DummyThread()


def currentThread():
    """Deprecated alias of current_thread()."""
    _warn_deprecated('currentThread() is deprecated, use current_thread() instead')
    return current_thread()


def active_count():
    """How many Thread objects are alive (same as len(enumerate()))."""
    with _active_limbo_lock:
        return len(_active) + len(_limbo)


def activeCount():
    """Deprecated alias of active_count()."""
    _warn_deprecated('activeCount() is deprecated, use active_count() instead')
    return active_count()


def _enumerate():
    # Same as enumerate(), without the lock.
    return list(_active.values()) + list(_limbo.values())


def enumerate():
    """List of the alive Thread objects: started and not yet finished,
    including daemonic, dummy and the main thread.
    """
    with _active_limbo_lock:
        return list(_active.values()) + list(_limbo.values())


_threading_atexits = []
_SHUTTING_DOWN = False


def _register_atexit(func, *arg, **kwargs):
    """Have func(*arg, **kwargs) called by _shutdown() before the non-daemon
    threads are joined (last registered runs first).
    """
    if _SHUTTING_DOWN:
        raise RuntimeError("can't register atexit after shutdown")
    _threading_atexits.append(lambda: func(*arg, **kwargs))


def _shutdown():
    """Wait for every non-daemon thread to end; the interpreter calls this
    when the main program is done.
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
    """The Thread object of the main thread, where the interpreter started."""
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
        threads = set(_enumerate())
        threads.update(_dangling)
        for thread in threads:
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


def _register_after_fork():
    # posix rather than os: importing os here would slow "import threading".
    try:
        from posix import register_at_fork
    except ImportError:
        return
    # Resetting the locks in the child needs lock._at_fork_reinit().
    if hasattr(getattr(_thread, 'LockType', None), '_at_fork_reinit'):
        register_at_fork(after_in_child=_after_fork)


_register_after_fork()
del _register_after_fork
