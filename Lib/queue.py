"""FIFO, LIFO and priority queues for exchanging data between threads
(pyrite's queue module).
"""

import threading

from time import monotonic as _time

try:
    from _collections import deque as _deque
except ImportError:
    try:
        from collections import deque as _deque
    except Exception:  # ImportError, or collections not usable yet
        class _deque(list):
            # Stand-in used only while collections is not available.
            __slots__ = ()

            def popleft(self):
                return self.pop(0)

            def appendleft(self, item):
                self.insert(0, item)

try:
    from _queue import SimpleQueue
except ImportError:
    SimpleQueue = None

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue',
           'SimpleQueue']

try:
    _class_getitem = classmethod(type(list[int]))  # types.GenericAlias
except TypeError:
    _class_getitem = None


try:
    from _queue import Empty
except ImportError:
    class Empty(Exception):
        """Raised by get() and get_nowait() when there is no item to return."""

    # Same identity as the exception of CPython's _queue module.
    Empty.__module__ = '_queue'


class Full(Exception):
    """Raised by put() and put_nowait() when a bounded queue has no room."""
    pass


_TIMEOUT_ERROR = "'timeout' must be a non-negative number"


class Queue:
    """First-in first-out queue holding at most *maxsize* items (no limit when
    *maxsize* <= 0); safe to share between threads.
    """

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        # One mutex guards the queue; the three conditions share it.
        self.mutex = threading.Lock()
        # Signalled when an item is added (get() waits on it).
        self.not_empty = threading.Condition(self.mutex)
        # Signalled when an item is removed (put() waits on it).
        self.not_full = threading.Condition(self.mutex)
        # Signalled when unfinished_tasks drops to zero (join() waits on it).
        self.all_tasks_done = threading.Condition(self.mutex)
        self.unfinished_tasks = 0

    def task_done(self):
        """Tell the queue that one item obtained with get() has been processed.

        Every put() counts one unfinished task; join() waits until task_done()
        has been called for each of them.  Calling it more often than items were
        put raises ValueError.
        """
        with self.all_tasks_done:
            left = self.unfinished_tasks - 1
            if left <= 0:
                if left < 0:
                    raise ValueError('task_done() called too many times')
                self.all_tasks_done.notify_all()
            self.unfinished_tasks = left

    def join(self):
        """Block until every item put into the queue has been taken out and
        marked processed with task_done().
        """
        with self.all_tasks_done:
            while self.unfinished_tasks:
                self.all_tasks_done.wait()

    def qsize(self):
        """Number of items in the queue right now (it may change at once)."""
        with self.mutex:
            return self._qsize()

    def empty(self):
        """True when the queue holds no item right now (it may change at once)."""
        with self.mutex:
            return not self._qsize()

    def full(self):
        """True when a bounded queue has no room right now (it may change at once)."""
        with self.mutex:
            return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        """Add *item* to the queue.

        When the queue is full: with *block* false raise Full at once; otherwise
        wait for room, for at most *timeout* seconds (then raise Full) when
        *timeout* is not None.  A negative *timeout* is a ValueError.
        """
        with self.not_full:
            if self.maxsize > 0:
                if not block:
                    if self._qsize() >= self.maxsize:
                        raise Full
                elif timeout is None:
                    while self._qsize() >= self.maxsize:
                        self.not_full.wait()
                elif timeout < 0:
                    raise ValueError(_TIMEOUT_ERROR)
                else:
                    deadline = _time() + timeout
                    while self._qsize() >= self.maxsize:
                        remaining = deadline - _time()
                        if remaining <= 0.0:
                            raise Full
                        self.not_full.wait(remaining)
            self._put(item)
            self.unfinished_tasks += 1
            self.not_empty.notify()

    def get(self, block=True, timeout=None):
        """Remove the next item and return it.

        When the queue is empty: with *block* false raise Empty at once;
        otherwise wait for an item, for at most *timeout* seconds (then raise
        Empty) when *timeout* is not None.  A negative *timeout* is a ValueError.
        """
        with self.not_empty:
            if not block:
                if not self._qsize():
                    raise Empty
            elif timeout is None:
                while not self._qsize():
                    self.not_empty.wait()
            elif timeout < 0:
                raise ValueError(_TIMEOUT_ERROR)
            else:
                deadline = _time() + timeout
                while not self._qsize():
                    remaining = deadline - _time()
                    if remaining <= 0.0:
                        raise Empty
                    self.not_empty.wait(remaining)
            item = self._get()
            self.not_full.notify()
            return item

    def put_nowait(self, item):
        """Same as put(item, block=False): Full when there is no room."""
        return self.put(item, block=False)

    def get_nowait(self):
        """Same as get(block=False): Empty when there is no item."""
        return self.get(block=False)

    # Storage hooks, overridden by the subclasses; always called with the
    # mutex held.

    def _init(self, maxsize):
        self.queue = _deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()

    __class_getitem__ = _class_getitem


# Binary heap helpers (heapq may not be available yet).

try:
    from heapq import heappush as _heappush, heappop as _heappop
except ImportError:
    def _heappush(heap, item):
        heap.append(item)
        pos = len(heap) - 1
        while pos > 0:
            parent = (pos - 1) >> 1
            if item < heap[parent]:
                heap[pos] = heap[parent]
                pos = parent
            else:
                break
        heap[pos] = item

    def _heappop(heap):
        last = heap.pop()
        if not heap:
            return last
        top = heap[0]
        size = len(heap)
        pos = 0
        while True:
            child = 2 * pos + 1
            if child >= size:
                break
            right = child + 1
            if right < size and not heap[child] < heap[right]:
                child = right
            if heap[child] < last:
                heap[pos] = heap[child]
                pos = child
            else:
                break
        heap[pos] = last
        return top


class PriorityQueue(Queue):
    """Queue handing out the smallest item first (items are often
    (priority, data) tuples).
    """

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        _heappush(self.queue, item)

    def _get(self):
        return _heappop(self.queue)


class LifoQueue(Queue):
    """Queue handing out the most recently added item first (a stack)."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class _PySimpleQueue:
    """Unbounded FIFO queue without task tracking (the behaviour of
    CPython's _queue.SimpleQueue).
    """

    def __init__(self):
        self._queue = _deque()
        # Counts the items available to get().
        self._count = threading.Semaphore(0)

    def put(self, item, block=True, timeout=None):
        """Append *item*; never blocks, *block* and *timeout* are only accepted
        for compatibility with Queue.put().
        """
        self._queue.append(item)
        self._count.release()

    def get(self, block=True, timeout=None):
        """Remove the oldest item and return it.

        When there is none: with *block* false raise Empty at once (ignoring
        *timeout*); otherwise wait, for at most *timeout* seconds (then raise
        Empty) when *timeout* is not None.  A negative *timeout* is a ValueError.
        """
        if not block:
            if not self._count.acquire(False):
                raise Empty
        elif timeout is None:
            self._count.acquire()
        else:
            if timeout < 0:
                raise ValueError(_TIMEOUT_ERROR)
            if not self._count.acquire(True, timeout):
                raise Empty
        return self._queue.popleft()

    def put_nowait(self, item):
        """Same as put(item); kept for compatibility with Queue."""
        return self.put(item, block=False)

    def get_nowait(self):
        """Same as get(False): Empty when there is no item."""
        return self.get(False)

    def empty(self):
        """True when the queue holds no item right now (it may change at once)."""
        return len(self._queue) == 0

    def qsize(self):
        """Number of items in the queue right now (it may change at once)."""
        return len(self._queue)

    __class_getitem__ = _class_getitem


if SimpleQueue is None:
    class SimpleQueue(_PySimpleQueue):
        __slots__ = ()
        __doc__ = _PySimpleQueue.__doc__

        def __init__(self, *args, **kwargs):
            # Like the C type: no constructor arguments at all.
            if args:
                raise TypeError("SimpleQueue() takes no positional arguments")
            if kwargs:
                raise TypeError("SimpleQueue() takes no keyword arguments")
            _PySimpleQueue.__init__(self)

    SimpleQueue.__module__ = '_queue'
