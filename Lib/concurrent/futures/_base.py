"""Futures, executors and the wait()/as_completed() helpers (pyrite)."""

import sys
import threading
import time

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'
_AS_COMPLETED = '_AS_COMPLETED'

# Future states (internal).
PENDING = 'PENDING'
RUNNING = 'RUNNING'
# cancel() succeeded but the waiters have not been told yet.
CANCELLED = 'CANCELLED'
# A worker saw the cancellation and told the waiters.
CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
FINISHED = 'FINISHED'

_FUTURE_STATES = [
    PENDING,
    RUNNING,
    CANCELLED,
    CANCELLED_AND_NOTIFIED,
    FINISHED
]

_STATE_TO_DESCRIPTION_MAP = {
    PENDING: "pending",
    RUNNING: "running",
    CANCELLED: "cancelled",
    CANCELLED_AND_NOTIFIED: "cancelled",
    FINISHED: "finished"
}

_CANCELLED_STATES = (CANCELLED, CANCELLED_AND_NOTIFIED)
_DONE_STATES = (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED)
_SETTLED_STATES = (CANCELLED_AND_NOTIFIED, FINISHED)

try:
    _class_getitem = classmethod(type(list[int]))  # types.GenericAlias
except TypeError:
    _class_getitem = None


def __getattr__(name):
    # The logger is created on demand: importing logging is expensive.
    if name == 'LOGGER':
        import logging
        logger = logging.getLogger("concurrent.futures")
        globals()['LOGGER'] = logger
        return logger
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _log(level, msg, *args, exc_info=False):
    """Log through logging when it exists, else print like its last resort."""
    try:
        logger = __getattr__('LOGGER') if 'LOGGER' not in globals() else LOGGER
    except ImportError:
        logger = None
    if logger is not None:
        getattr(logger, level)(msg, *args, exc_info=exc_info)
        return
    stream = sys.stderr
    if stream is None:
        return
    text = msg % args if args else msg
    print(text, file=stream)
    if exc_info:
        exc = sys.exception() if hasattr(sys, 'exception') else sys.exc_info()[1]
        if exc is not None:
            threading._print_exception(type(exc), exc, exc.__traceback__,
                                       stream)


class Error(Exception):
    """Root of the exceptions of this package."""
    pass


class CancelledError(Error):
    """Raised when the result of a cancelled future is asked for."""
    pass


TimeoutError = TimeoutError  # the builtin, as of Python 3.11


class InvalidStateError(Error):
    """Raised for an operation the future's current state forbids."""
    pass


class _Waiter(object):
    """Watches futures for wait() or as_completed().

    Futures call add_result(), add_exception() or add_cancelled() (holding
    their condition) when they settle; the waiter collects them in
    finished_futures and sets its event once its *mode* is satisfied:
    at every future for _AS_COMPLETED and FIRST_COMPLETED, at the first
    exception for FIRST_EXCEPTION, or when *outstanding* futures have all
    settled.
    """

    def __init__(self, mode, outstanding=0):
        self.mode = mode
        self.outstanding = outstanding
        self.lock = threading.Lock()
        self.event = threading.Event()
        self.finished_futures = []

    def _settled(self, future, raised):
        with self.lock:
            self.finished_futures.append(future)
            mode = self.mode
            if mode == _AS_COMPLETED or mode == FIRST_COMPLETED:
                self.event.set()
            elif raised and mode == FIRST_EXCEPTION:
                self.event.set()
            else:
                self.outstanding -= 1
                if self.outstanding == 0:
                    self.event.set()

    def add_result(self, future):
        self._settled(future, False)

    def add_exception(self, future):
        self._settled(future, True)

    def add_cancelled(self, future):
        self._settled(future, False)


class _HoldConditions(object):
    """Context manager holding the conditions of many futures at once.

    They are always taken in id() order, so that two callers never wait for
    each other's locks.
    """

    def __init__(self, futures):
        self.ordered = sorted(futures, key=id)

    def __enter__(self):
        for future in self.ordered:
            future._condition.acquire()

    def __exit__(self, *exc):
        for future in self.ordered:
            future._condition.release()


def _attach_waiter(fs, mode):
    # Called with the conditions of all of fs held.
    if mode == _AS_COMPLETED or mode == FIRST_COMPLETED:
        waiter = _Waiter(mode)
    elif mode == FIRST_EXCEPTION or mode == ALL_COMPLETED:
        unsettled = 0
        for f in fs:
            if f._state not in _SETTLED_STATES:
                unsettled += 1
        waiter = _Waiter(mode, unsettled)
    else:
        raise ValueError("Invalid return condition: %r" % mode)
    for f in fs:
        f._waiters.append(waiter)
    return waiter


def _detach_waiter(f, waiter):
    with f._condition:
        f._waiters.remove(waiter)


def as_completed(fs, timeout=None):
    """Yield the futures of *fs* (duplicates once) as they finish or are
    cancelled; already finished ones come first.  Raises TimeoutError when
    *timeout* seconds pass before every future has been yielded.
    """
    if timeout is not None:
        deadline = time.monotonic() + timeout

    watched = set(fs)
    total = len(watched)
    with _HoldConditions(watched):
        ready = list({f for f in watched if f._state in _SETTLED_STATES})
        waiter = _attach_waiter(watched, _AS_COMPLETED)
    unsettled = watched.difference(ready)
    try:
        while True:
            # Hand out what is ready, dropping every reference we hold to
            # a future before it is yielded.
            while ready:
                f = ready[-1]
                watched.discard(f)
                unsettled.discard(f)
                _detach_waiter(f, waiter)
                del f
                yield ready.pop()
            if not unsettled:
                return
            if timeout is None:
                waiter.event.wait(None)
            else:
                left = deadline - time.monotonic()
                if left < 0:
                    raise TimeoutError('%d (of %d) futures unfinished'
                                       % (len(unsettled), total))
                waiter.event.wait(left)
            with waiter.lock:
                ready = waiter.finished_futures
                waiter.finished_futures = []
                waiter.event.clear()
            # pop() takes from the end: oldest completion first.
            ready.reverse()
    finally:
        for f in watched:
            _detach_waiter(f, waiter)


try:
    from collections import namedtuple as _namedtuple
except Exception:  # ImportError, or collections not usable yet
    _namedtuple = None

if _namedtuple is not None:
    DoneAndNotDoneFutures = _namedtuple(
        'DoneAndNotDoneFutures', 'done not_done')
else:
    class DoneAndNotDoneFutures(tuple):
        'DoneAndNotDoneFutures(done, not_done)'

        __slots__ = ()
        _fields = ('done', 'not_done')

        def __new__(cls, done, not_done):
            return tuple.__new__(cls, (done, not_done))

        done = property(lambda self: self[0], doc='Alias for field number 0')
        not_done = property(lambda self: self[1],
                            doc='Alias for field number 1')

        def __repr__(self):
            return 'DoneAndNotDoneFutures(done=%r, not_done=%r)' % self

        def __getnewargs__(self):
            return tuple(self)

        def _asdict(self):
            return {'done': self[0], 'not_done': self[1]}

        def _replace(self, **kwds):
            values = {'done': self[0], 'not_done': self[1]}
            for key in kwds:
                if key not in values:
                    raise ValueError(f'Got unexpected field names: {list(kwds)!r}')
            values.update(kwds)
            return DoneAndNotDoneFutures(values['done'], values['not_done'])


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Block until the futures of *fs* satisfy *return_when*.

    *return_when* is FIRST_COMPLETED (any future done), FIRST_EXCEPTION
    (any future raised, otherwise like ALL_COMPLETED) or ALL_COMPLETED.
    Gives up after *timeout* seconds when that is not None.  Returns a
    named pair of sets (done, not_done); duplicates appear once.
    """
    fs = set(fs)
    with _HoldConditions(fs):
        done = {f for f in fs if f._state in _SETTLED_STATES}
        not_done = fs - done
        if done and return_when == FIRST_COMPLETED:
            return DoneAndNotDoneFutures(done, not_done)
        if done and return_when == FIRST_EXCEPTION:
            for f in done:
                if not f.cancelled() and f.exception() is not None:
                    return DoneAndNotDoneFutures(done, not_done)
        if not not_done:
            return DoneAndNotDoneFutures(done, not_done)
        waiter = _attach_waiter(fs, return_when)

    waiter.event.wait(timeout)
    for f in fs:
        _detach_waiter(f, waiter)
    done.update(waiter.finished_futures)
    return DoneAndNotDoneFutures(done, fs - done)


def _result_or_cancel(fut, timeout=None):
    # The result of fut; fut is cancelled if that fails (timeout, or the
    # consumer stopped iterating).
    try:
        try:
            return fut.result(timeout)
        finally:
            fut.cancel()
    finally:
        del fut


def _collect_results(pending, deadline):
    """Generator behind Executor.map(): yield the results of the futures
    in *pending* (in reverse order) until *deadline*; whatever is left when
    it stops early is cancelled.
    """
    try:
        while pending:
            # pop() first, so that no reference to a handed-out future
            # stays in the list.
            if deadline is None:
                yield _result_or_cancel(pending.pop())
            else:
                yield _result_or_cancel(pending.pop(),
                                        deadline - time.monotonic())
    finally:
        for fut in pending:
            fut.cancel()


class Future(object):
    """The eventual outcome of a call run asynchronously."""

    def __init__(self):
        """Create a pending future (executors do this, not clients)."""
        self._condition = threading.Condition()
        self._state = PENDING
        self._result = None
        self._exception = None
        self._waiters = []
        self._done_callbacks = []

    def _run_callback(self, fn):
        try:
            fn(self)
        except Exception:
            _log('exception', 'exception calling callback for %r', self,
                 exc_info=True)

    def _invoke_callbacks(self):
        for fn in self._done_callbacks:
            self._run_callback(fn)

    def __repr__(self):
        with self._condition:
            described = _STATE_TO_DESCRIPTION_MAP[self._state]
            head = '<%s at %#x state=%s' % (
                self.__class__.__name__, id(self), described)
            if self._state != FINISHED:
                return head + '>'
            if self._exception:
                return '%s raised %s>' % (
                    head, self._exception.__class__.__name__)
            return '%s returned %s>' % (
                head, self._result.__class__.__name__)

    def cancel(self):
        """Try to cancel; True when cancelled, False if running or done."""
        with self._condition:
            state = self._state
            if state == RUNNING or state == FINISHED:
                return False
            if state in _CANCELLED_STATES:
                return True
            self._state = CANCELLED
            self._condition.notify_all()
        self._invoke_callbacks()
        return True

    def cancelled(self):
        """True once the future has been cancelled."""
        with self._condition:
            return self._state in _CANCELLED_STATES

    def running(self):
        """True while the call is executing."""
        with self._condition:
            return self._state == RUNNING

    def done(self):
        """True once the future is cancelled or finished."""
        with self._condition:
            return self._state in _DONE_STATES

    def __get_result(self):
        if self._exception:
            try:
                raise self._exception
            finally:
                # Break the cycle frame -> exception -> traceback -> frame.
                self = None
        else:
            return self._result

    def _wait_until_done(self, timeout):
        # With the condition held: return once FINISHED, raise
        # CancelledError or (after *timeout* seconds) TimeoutError.
        if self._state not in _DONE_STATES:
            self._condition.wait(timeout)
        if self._state in _CANCELLED_STATES:
            raise CancelledError()
        if self._state != FINISHED:
            raise TimeoutError()

    def add_done_callback(self, fn):
        """Call fn(future) once this future is done or cancelled.

        Runs fn right away when that is already the case; callbacks run in
        the order they were added.
        """
        with self._condition:
            if self._state not in _DONE_STATES:
                self._done_callbacks.append(fn)
                return
        self._run_callback(fn)

    def result(self, timeout=None):
        """Wait up to *timeout* seconds (forever for None) and return the
        call's result, or raise its exception, CancelledError or TimeoutError.
        """
        try:
            with self._condition:
                self._wait_until_done(timeout)
                return self.__get_result()
        finally:
            # No cycle through the exception's traceback.
            self = None

    def exception(self, timeout=None):
        """Wait up to *timeout* seconds (forever for None) and return the
        exception the call raised (None if it returned normally); raises
        CancelledError or TimeoutError.
        """
        with self._condition:
            self._wait_until_done(timeout)
            return self._exception

    # Methods for executors (and tests) only.

    def set_running_or_notify_cancel(self):
        """For executors: mark the future as running and return True, or, if
        it was cancelled, notify the waiters and return False.  Raises
        RuntimeError in any other state.
        """
        with self._condition:
            if self._state == PENDING:
                self._state = RUNNING
                return True
            if self._state == CANCELLED:
                self._state = CANCELLED_AND_NOTIFIED
                for waiter in self._waiters:
                    waiter.add_cancelled(self)
                # cancel() already notified the condition.
                return False
            _log('critical', 'Future %s in unexpected state: %s',
                 id(self), self._state)
            raise RuntimeError('Future in unexpected state')

    def _settle(self, result, exception):
        with self._condition:
            if self._state in _DONE_STATES:
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._result = result
            self._exception = exception
            self._state = FINISHED
            for waiter in self._waiters:
                if exception is None:
                    waiter.add_result(self)
                else:
                    waiter.add_exception(self)
            self._condition.notify_all()
        self._invoke_callbacks()

    def set_result(self, result):
        """For executors and tests: complete the future with *result*."""
        self._settle(result, None)

    def set_exception(self, exception):
        """For executors and tests: complete the future with *exception*."""
        self._settle(None, exception)

    __class_getitem__ = _class_getitem


class Executor(object):
    """Base class of the executors: submit() must be overridden."""

    def submit(self, fn, /, *args, **kwargs):
        """Schedule fn(*args, **kwargs) and return a Future for it."""
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Like map(fn, *iterables), with the calls run by the executor.

        The results come back in input order; the iterator raises
        TimeoutError when *timeout* seconds after this call a result is
        still missing, and re-raises the exception of a failed call.
        *chunksize* only matters to ProcessPoolExecutor.
        """
        deadline = None if timeout is None else time.monotonic() + timeout
        # Everything is submitted now; results are collected lazily.
        pending = [self.submit(fn, *args) for args in zip(*iterables)]
        pending.reverse()
        return _collect_results(pending, deadline)

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Release the executor's resources; may be called more than once.

        With *wait*, return only after the pending calls have run; with
        *cancel_futures*, cancel the calls that have not started yet.
        """
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


class BrokenExecutor(RuntimeError):
    """The executor can no longer run calls after a serious failure."""
