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

_GenericAlias = type(list[int])


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
    """Collects finished futures and an event for wait()/as_completed()."""

    def __init__(self):
        self.event = threading.Event()
        self.finished_futures = []

    def add_result(self, future):
        self.finished_futures.append(future)

    def add_exception(self, future):
        self.finished_futures.append(future)

    def add_cancelled(self, future):
        self.finished_futures.append(future)


class _AsCompletedWaiter(_Waiter):
    """Waiter for as_completed()."""

    def __init__(self):
        super(_AsCompletedWaiter, self).__init__()
        self.lock = threading.Lock()

    def add_result(self, future):
        with self.lock:
            super(_AsCompletedWaiter, self).add_result(future)
            self.event.set()

    def add_exception(self, future):
        with self.lock:
            super(_AsCompletedWaiter, self).add_exception(future)
            self.event.set()

    def add_cancelled(self, future):
        with self.lock:
            super(_AsCompletedWaiter, self).add_cancelled(future)
            self.event.set()


class _FirstCompletedWaiter(_Waiter):
    """Waiter for FIRST_COMPLETED."""

    def add_result(self, future):
        super().add_result(future)
        self.event.set()

    def add_exception(self, future):
        super().add_exception(future)
        self.event.set()

    def add_cancelled(self, future):
        super().add_cancelled(future)
        self.event.set()


class _AllCompletedWaiter(_Waiter):
    """Waiter for FIRST_EXCEPTION and ALL_COMPLETED."""

    def __init__(self, num_pending_calls, stop_on_exception):
        self.num_pending_calls = num_pending_calls
        self.stop_on_exception = stop_on_exception
        self.lock = threading.Lock()
        super().__init__()

    def _decrement_pending_calls(self):
        with self.lock:
            self.num_pending_calls -= 1
            if not self.num_pending_calls:
                self.event.set()

    def add_result(self, future):
        super().add_result(future)
        self._decrement_pending_calls()

    def add_exception(self, future):
        super().add_exception(future)
        if self.stop_on_exception:
            self.event.set()
        else:
            self._decrement_pending_calls()

    def add_cancelled(self, future):
        super().add_cancelled(future)
        self._decrement_pending_calls()


class _AcquireFutures(object):
    """Holds the conditions of several futures, taken in id() order."""

    def __init__(self, futures):
        # A fixed order (by id) prevents lock-ordering deadlocks.
        self.futures = sorted(futures, key=id)

    def __enter__(self):
        for future in self.futures:
            future._condition.acquire()

    def __exit__(self, *args):
        for future in self.futures:
            future._condition.release()


def _create_and_install_waiters(fs, return_when):
    if return_when == _AS_COMPLETED:
        waiter = _AsCompletedWaiter()
    elif return_when == FIRST_COMPLETED:
        waiter = _FirstCompletedWaiter()
    else:
        pending = sum(f._state not in _SETTLED_STATES for f in fs)
        if return_when == FIRST_EXCEPTION:
            waiter = _AllCompletedWaiter(pending, stop_on_exception=True)
        elif return_when == ALL_COMPLETED:
            waiter = _AllCompletedWaiter(pending, stop_on_exception=False)
        else:
            raise ValueError("Invalid return condition: %r" % return_when)
    for f in fs:
        f._waiters.append(waiter)
    return waiter


def _yield_finished_futures(fs, waiter, ref_collect):
    """Yield the futures of the list fs, emptying it from the end.

    Each future is also removed from the sets in ref_collect and detached
    from the waiter before it is handed out, so that the caller holds the
    only remaining references.
    """
    while fs:
        f = fs[-1]
        for futures_set in ref_collect:
            futures_set.remove(f)
        with f._condition:
            f._waiters.remove(waiter)
        del f
        yield fs.pop()


def as_completed(fs, timeout=None):
    """Yield the futures of *fs* (duplicates once) as they finish or are
    cancelled; already finished ones come first.  Raises TimeoutError when
    *timeout* seconds pass before every future has been yielded.
    """
    if timeout is not None:
        deadline = timeout + time.monotonic()

    fs = set(fs)
    total = len(fs)
    with _AcquireFutures(fs):
        finished = set(f for f in fs if f._state in _SETTLED_STATES)
        pending = fs - finished
        waiter = _create_and_install_waiters(fs, _AS_COMPLETED)
    finished = list(finished)
    try:
        yield from _yield_finished_futures(finished, waiter,
                                           ref_collect=(fs,))

        while pending:
            if timeout is None:
                wait_timeout = None
            else:
                wait_timeout = deadline - time.monotonic()
                if wait_timeout < 0:
                    raise TimeoutError(
                        '%d (of %d) futures unfinished' % (len(pending), total))

            waiter.event.wait(wait_timeout)

            with waiter.lock:
                finished = waiter.finished_futures
                waiter.finished_futures = []
                waiter.event.clear()

            # Hand them out in completion order.
            finished.reverse()
            yield from _yield_finished_futures(finished, waiter,
                                               ref_collect=(fs, pending))

    finally:
        # Detach the waiter from the futures that were not handed out.
        for f in fs:
            with f._condition:
                f._waiters.remove(waiter)


try:
    from collections import namedtuple as _namedtuple
except ImportError:
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
    with _AcquireFutures(fs):
        done = {f for f in fs if f._state in _SETTLED_STATES}
        not_done = fs - done
        if return_when == FIRST_COMPLETED and done:
            return DoneAndNotDoneFutures(done, not_done)
        if return_when == FIRST_EXCEPTION and done:
            for f in done:
                if not f.cancelled() and f.exception() is not None:
                    return DoneAndNotDoneFutures(done, not_done)
        if len(done) == len(fs):
            return DoneAndNotDoneFutures(done, not_done)
        waiter = _create_and_install_waiters(fs, return_when)

    waiter.event.wait(timeout)
    for f in fs:
        with f._condition:
            f._waiters.remove(waiter)

    done.update(waiter.finished_futures)
    return DoneAndNotDoneFutures(done, fs - done)


def _result_or_cancel(fut, timeout=None):
    try:
        try:
            return fut.result(timeout)
        finally:
            fut.cancel()
    finally:
        # Do not keep a reference to the future in this frame.
        del fut


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

    def _invoke_callbacks(self):
        for callback in self._done_callbacks:
            try:
                callback(self)
            except Exception:
                _log('exception', 'exception calling callback for %r', self,
                     exc_info=True)

    def __repr__(self):
        with self._condition:
            cls_name = self.__class__.__name__
            state = _STATE_TO_DESCRIPTION_MAP[self._state]
            if self._state == FINISHED:
                if self._exception:
                    return '<%s at %#x state=%s raised %s>' % (
                        cls_name, id(self), state,
                        self._exception.__class__.__name__)
                return '<%s at %#x state=%s returned %s>' % (
                    cls_name, id(self), state,
                    self._result.__class__.__name__)
            return '<%s at %#x state=%s>' % (cls_name, id(self), state)

    def cancel(self):
        """Try to cancel; True when cancelled, False if running or done."""
        with self._condition:
            if self._state in (RUNNING, FINISHED):
                return False
            if self._state in _CANCELLED_STATES:
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

    def add_done_callback(self, fn):
        """Call fn(future) once this future is done or cancelled.

        Runs fn right away when that is already the case; callbacks run in
        the order they were added.
        """
        with self._condition:
            if self._state not in _DONE_STATES:
                self._done_callbacks.append(fn)
                return
        try:
            fn(self)
        except Exception:
            _log('exception', 'exception calling callback for %r', self,
                 exc_info=True)

    def result(self, timeout=None):
        """Wait up to *timeout* seconds (forever for None) and return the
        call's result, or raise its exception, CancelledError or TimeoutError.
        """
        try:
            with self._condition:
                if self._state in _CANCELLED_STATES:
                    raise CancelledError()
                elif self._state == FINISHED:
                    return self.__get_result()

                self._condition.wait(timeout)

                if self._state in _CANCELLED_STATES:
                    raise CancelledError()
                elif self._state == FINISHED:
                    return self.__get_result()
                else:
                    raise TimeoutError()
        finally:
            # No cycle through the exception's traceback.
            self = None

    def exception(self, timeout=None):
        """Wait up to *timeout* seconds (forever for None) and return the
        exception the call raised (None if it returned normally); raises
        CancelledError or TimeoutError.
        """
        with self._condition:
            if self._state in _CANCELLED_STATES:
                raise CancelledError()
            elif self._state == FINISHED:
                return self._exception

            self._condition.wait(timeout)

            if self._state in _CANCELLED_STATES:
                raise CancelledError()
            elif self._state == FINISHED:
                return self._exception
            else:
                raise TimeoutError()

    # Methods for executors (and tests) only.
    def set_running_or_notify_cancel(self):
        """For executors: mark the future as running and return True, or, if
        it was cancelled, notify the waiters and return False.  Raises
        RuntimeError in any other state.
        """
        with self._condition:
            if self._state == CANCELLED:
                self._state = CANCELLED_AND_NOTIFIED
                for waiter in self._waiters:
                    waiter.add_cancelled(self)
                # cancel() already notified the condition.
                return False
            elif self._state == PENDING:
                self._state = RUNNING
                return True
            else:
                _log('critical', 'Future %s in unexpected state: %s',
                     id(self), self._state)
                raise RuntimeError('Future in unexpected state')

    def set_result(self, result):
        """For executors and tests: complete the future with *result*."""
        with self._condition:
            if self._state in _DONE_STATES:
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._result = result
            self._state = FINISHED
            for waiter in self._waiters:
                waiter.add_result(self)
            self._condition.notify_all()
        self._invoke_callbacks()

    def set_exception(self, exception):
        """For executors and tests: complete the future with *exception*."""
        with self._condition:
            if self._state in _DONE_STATES:
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._exception = exception
            self._state = FINISHED
            for waiter in self._waiters:
                waiter.add_exception(self)
            self._condition.notify_all()
        self._invoke_callbacks()

    __class_getitem__ = classmethod(_GenericAlias)


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
        if timeout is not None:
            deadline = timeout + time.monotonic()

        fs = [self.submit(fn, *args) for args in zip(*iterables)]

        # A generator, not inline code, so that all calls are submitted
        # before the first result is awaited.
        def result_iterator():
            try:
                # Pop from the end so that no reference is kept to futures
                # already handed out.
                fs.reverse()
                while fs:
                    if timeout is None:
                        yield _result_or_cancel(fs.pop())
                    else:
                        yield _result_or_cancel(
                            fs.pop(), deadline - time.monotonic())
            finally:
                for future in fs:
                    future.cancel()
        return result_iterator()

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
