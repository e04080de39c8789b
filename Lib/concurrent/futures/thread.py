"""ThreadPoolExecutor: runs calls on a pool of worker threads (pyrite)."""

from concurrent.futures import _base
import itertools
import queue
import threading

try:
    from _weakref import ref as _weakref_ref
except ImportError:
    _weakref_ref = None

# Worker threads of every executor, mapped to their work queue, so that the
# interpreter can stop and join them at exit.
_threads_queues = {}
# Set when the interpreter starts shutting down; no new work is accepted.
_shutdown = False
# Serialises submit() against the interpreter shutdown.
_global_shutdown_lock = threading.Lock()


def _python_exit():
    global _shutdown
    with _global_shutdown_lock:
        _shutdown = True
    pairs = list(_threads_queues.items())
    # Wake every worker first, then wait for all of them.
    for thread, work_queue in pairs:
        work_queue.put(None)
    for thread, work_queue in pairs:
        thread.join()


# Registered with threading rather than atexit: the workers must be stopped
# before threading._shutdown() joins the non-daemon threads.
threading._register_atexit(_python_exit)


def _after_fork_in_child():
    _global_shutdown_lock._at_fork_reinit()


try:
    from posix import register_at_fork as _register_at_fork
except ImportError:
    pass
else:
    if hasattr(_global_shutdown_lock, '_at_fork_reinit'):
        _register_at_fork(after_in_child=_after_fork_in_child)
    del _register_at_fork


def _forget_finished_threads():
    for thread in [t for t in _threads_queues if not t.is_alive()]:
        _threads_queues.pop(thread, None)


class _WorkItem(object):
    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return

        try:
            outcome = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            self.future.set_exception(exc)
            # No cycle through the exception's traceback.
            self = exc = None
        else:
            self.future.set_result(outcome)

    __class_getitem__ = _base._class_getitem


def _initialize(executor_reference, initializer, initargs):
    # Run the pool's initializer; on failure mark the pool broken.
    try:
        initializer(*initargs)
    except BaseException:
        _base._log('critical', 'Exception in initializer:', exc_info=True)
        executor = executor_reference()
        if executor is not None:
            executor._initializer_failed()
        return False
    return True


def _should_exit(executor_reference, work_queue):
    # A worker got None, the wake-up call.  It exits when the interpreter
    # or its executor shuts down, or the executor was garbage collected,
    # and then passes the wake-up call on to the next worker.
    executor = executor_reference()
    if not (_shutdown or executor is None or executor._shutdown):
        return False
    if executor is not None:
        executor._shutdown = True
    work_queue.put(None)
    return True


def _mark_idle(executor_reference):
    executor = executor_reference()
    if executor is not None:
        executor._idle_semaphore.release()


def _worker(executor_reference, work_queue, initializer, initargs):
    if initializer is not None:
        if not _initialize(executor_reference, initializer, initargs):
            return
    try:
        while True:
            work_item = work_queue.get(block=True)
            if work_item is None:
                if _should_exit(executor_reference, work_queue):
                    return
                continue
            work_item.run()
            # No reference to the finished item while waiting for the next.
            del work_item
            _mark_idle(executor_reference)
    except BaseException:
        _base._log('critical', 'Exception in worker', exc_info=True)


class BrokenThreadPool(_base.BrokenExecutor):
    """A worker's initializer failed: the pool cannot run calls anymore."""


class ThreadPoolExecutor(_base.Executor):
    """Executor running the submitted calls on a pool of threads."""

    # Numbers the executors that get a default thread name prefix.
    _counter = itertools.count().__next__

    def __init__(self, max_workers=None, thread_name_prefix='',
                 initializer=None, initargs=()):
        """Create an executor running calls on up to *max_workers* threads.

        *max_workers* defaults to min(32, os.cpu_count() + 4); the threads
        are named after *thread_name_prefix*; each one calls
        initializer(*initargs) before taking work.
        """
        if max_workers is None:
            # Room for I/O bound work (at least 5), but capped at 32.
            import os
            max_workers = min(32, (os.cpu_count() or 1) + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")

        self._max_workers = max_workers
        self._work_queue = queue.SimpleQueue()
        # Counts the workers waiting for work.
        self._idle_semaphore = threading.Semaphore(0)
        self._threads = set()
        self._broken = False
        self._shutdown = False
        self._shutdown_lock = threading.Lock()
        if not thread_name_prefix:
            thread_name_prefix = "ThreadPoolExecutor-%d" % (self._counter(),)
        self._thread_name_prefix = thread_name_prefix
        self._initializer = initializer
        self._initargs = initargs

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock, _global_shutdown_lock:
            if self._broken:
                raise BrokenThreadPool(self._broken)
            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _shutdown:
                raise RuntimeError('cannot schedule new futures after '
                                   'interpreter shutdown')
            future = _base.Future()
            self._work_queue.put(_WorkItem(future, fn, args, kwargs))
            self._adjust_thread_count()
            return future
    submit.__doc__ = _base.Executor.submit.__doc__

    def _adjust_thread_count(self):
        # Start a new worker unless an idle one will take the item.
        if self._idle_semaphore.acquire(timeout=0):
            return
        count = len(self._threads)
        if count >= self._max_workers:
            return
        work_queue = self._work_queue
        if _weakref_ref is not None:
            # Once the executor is collected, wake the workers so that they
            # notice and exit.
            executor_reference = _weakref_ref(
                self, lambda _, q=work_queue: q.put(None))
        else:
            executor_reference = (lambda executor=self: executor)
        name = '%s_%d' % (self._thread_name_prefix or self, count)
        worker = threading.Thread(
            name=name, target=_worker,
            args=(executor_reference, work_queue,
                  self._initializer, self._initargs))
        worker.start()
        self._threads.add(worker)
        if len(_threads_queues) >= 64:
            _forget_finished_threads()
        _threads_queues[worker] = work_queue

    def _drain_work_queue(self):
        # Take every queued work item out (the caller holds _shutdown_lock).
        items = []
        while True:
            try:
                item = self._work_queue.get_nowait()
            except queue.Empty:
                return items
            if item is not None:
                items.append(item)

    def _initializer_failed(self):
        with self._shutdown_lock:
            self._broken = ('A thread initializer failed, the thread pool '
                            'is not usable anymore')
            for item in self._drain_work_queue():
                item.future.set_exception(BrokenThreadPool(self._broken))

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            self._shutdown = True
            if cancel_futures:
                for item in self._drain_work_queue():
                    item.future.cancel()
            # Wake one worker; each one passes the None on to the next.
            self._work_queue.put(None)
        if wait:
            for worker in self._threads:
                worker.join()
    shutdown.__doc__ = _base.Executor.shutdown.__doc__
