"""ProcessPoolExecutor (pyrite): not available yet.

pyrite cannot run worker processes yet, so creating a ProcessPoolExecutor
raises NotImplementedError.  The module can be imported, and its exception
classes exist, so that code which only mentions them keeps working.
"""

from concurrent.futures import _base

__all__ = ['ProcessPoolExecutor', 'BrokenProcessPool']

_NOT_IMPLEMENTED = ("ProcessPoolExecutor is not supported by pyrite yet: "
                    "worker processes are not implemented; "
                    "use ThreadPoolExecutor instead")


class BrokenProcessPool(_base.BrokenExecutor):
    """A worker process died while running a call."""


class ProcessPoolExecutor(_base.Executor):
    """Executor that would run calls in worker processes (not available)."""

    def __init__(self, max_workers=None, mp_context=None,
                 initializer=None, initargs=(), *, max_tasks_per_child=None):
        raise NotImplementedError(_NOT_IMPLEMENTED)

    def submit(self, fn, /, *args, **kwargs):
        raise NotImplementedError(_NOT_IMPLEMENTED)

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        raise NotImplementedError(_NOT_IMPLEMENTED)

    def shutdown(self, wait=True, *, cancel_futures=False):
        pass
