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
    import os as _os
    _os.register_at_fork(after_in_child=_after_fork_in_child)
except (ImportError, AttributeError):
    pass


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
            self = None
        else:
            self.future.set_result(outcome)

    __class_getitem__ = classmethod(type(list[int]))


def _worker(executor_reference, work_queue, initializer, initargs):
    if initializer is not None:
        try:
            initializer(*initargs)
        except BaseException:
            _base._log('critical', 'Exception in initializer:', exc_info=True)
            executor = executor_reference()
            if executor is not None:
                executor._initializer_failed()
            return
    try:
        while True:
            work_item = work_queue.get(block=True)
            if work_item is not None:
                work_item.run()
                # Drop the reference before blocking again.
                del work_item

                # This worker is idle again.
                executor = executor_reference()
                if executor is not None:
                    executor._idle_semaphore.release()
                del executor
                continue

            executor = executor_reference()
            # None is the wake-up call: stop if the interpreter or the
            # executor is shutting down, or the executor was collected.
            if _shutdown or executor is None or executor._shutdown:
                # Wake the next worker up too.
                if executor is not None:
                    executor._shutdown = True
                work_queue.put(None)
                return
            del executor
    except BaseException:
        _base._log('critical', 'Exception in worker', exc_info=True)


class BrokenThreadPool(_base.BrokenExecutor):
    """A worker's initializer failed: the pool cannot run calls anymore."""


class ThreadPoolExecutor(_base.Executor):

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
            # At least 5 threads for I/O bound work, at most 32 so that
            # many-core machines do not get a huge pool.
            import os
            max_workers = min(32, (os.cpu_count() or 1) + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")

        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")

        self._max_workers = max_workers
        self._work_queue = queue.SimpleQueue()
        self._idle_semaphore = threading.Semaphore(0)
        self._threads = set()
        self._broken = False
        self._shutdown = False
        self._shutdown_lock = threading.Lock()
        self._thread_name_prefix = (thread_name_prefix or
                                    ("ThreadPoolExecutor-%d" % self._counter()))
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
            item = _WorkItem(future, fn, args, kwargs)

            self._work_queue.put(item)
            self._adjust_thread_count()
            return future
    submit.__doc__ = _base.Executor.submit.__doc__

    def _adjust_thread_count(self):
        # An idle worker will pick the new item up.
        if self._idle_semaphore.acquire(timeout=0):
            return

        # When the executor is garbage collected, wake a worker so that the
        # workers notice and exit.
        def wake_on_collect(_, q=self._work_queue):
            q.put(None)

        num_threads = len(self._threads)
        if num_threads < self._max_workers:
            thread_name = '%s_%d' % (self._thread_name_prefix or self,
                                     num_threads)
            if _weakref_ref is not None:
                executor_reference = _weakref_ref(self, wake_on_collect)
            else:
                executor_reference = (lambda executor=self: executor)
            t = threading.Thread(name=thread_name, target=_worker,
                                 args=(executor_reference,
                                       self._work_queue,
                                       self._initializer,
                                       self._initargs))
            t.start()
            self._threads.add(t)
            if len(_threads_queues) >= 64:
                _forget_finished_threads()
            _threads_queues[t] = self._work_queue

    def _initializer_failed(self):
        with self._shutdown_lock:
            self._broken = ('A thread initializer failed, the thread pool '
                            'is not usable anymore')
            # Fail every call still waiting in the queue.
            while True:
                try:
                    work_item = self._work_queue.get_nowait()
                except queue.Empty:
                    break
                if work_item is not None:
                    work_item.future.set_exception(BrokenThreadPool(self._broken))

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            self._shutdown = True
            if cancel_futures:
                # Cancel the calls that no worker has taken yet.
                while True:
                    try:
                        work_item = self._work_queue.get_nowait()
                    except queue.Empty:
                        break
                    if work_item is not None:
                        work_item.future.cancel()

            # Wake one worker; each one passes the None on to the next.
            self._work_queue.put(None)
        if wait:
            for t in self._threads:
                t.join()
    shutdown.__doc__ = _base.Executor.shutdown.__doc__
