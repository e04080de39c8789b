"""Heap queue algorithm (a.k.a. priority queue), pyrite implementation.

Heaps are lists where a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for every k."""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _check(heap, fname, single=False):
    if not isinstance(heap, list):
        raise TypeError("%s() argument%s must be list, not %s"
                        % (fname, '' if single else ' 1',
                           'None' if heap is None else type(heap).__name__))


def _sift_toward_root(heap, top, pos):
    # Move heap[pos] up (toward index `top`) while it is smaller than its parent.
    item = heap[pos]
    while pos > top:
        parent = (pos - 1) >> 1
        p = heap[parent]
        if item < p:
            heap[pos] = p
            pos = parent
            continue
        break
    heap[pos] = item


def _sift_to_leaf(heap, pos):
    # Move the smaller child up until a leaf is reached, then put the
    # original item there and bubble it back up.
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_toward_root(heap, start, pos)


def _sift_toward_root_max(heap, top, pos):
    item = heap[pos]
    while pos > top:
        parent = (pos - 1) >> 1
        p = heap[parent]
        if p < item:
            heap[pos] = p
            pos = parent
            continue
        break
    heap[pos] = item


def _sift_to_leaf_max(heap, pos):
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[right] < heap[child]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_toward_root_max(heap, start, pos)


# Names used by other modules / CPython's tests.
_siftdown = _sift_toward_root
_siftup = _sift_to_leaf
_siftdown_max = _sift_toward_root_max
_siftup_max = _sift_to_leaf_max


def heappush(heap, item):
    """Add item to the heap."""
    _check(heap, 'heappush')
    heap.append(item)
    _sift_toward_root(heap, 0, len(heap) - 1)


def heappop(heap):
    """Pop and return the smallest item of the heap."""
    _check(heap, 'heappop', True)
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if heap:
        smallest = heap[0]
        heap[0] = last
        _sift_to_leaf(heap, 0)
        return smallest
    return last


def heapreplace(heap, item):
    """Pop and return the smallest item, then push item (the heap size is
    unchanged; the returned value may be larger than item)."""
    _check(heap, 'heapreplace')
    if not heap:
        raise IndexError("index out of range")
    smallest = heap[0]
    heap[0] = item
    _sift_to_leaf(heap, 0)
    return smallest


def heappushpop(heap, item):
    """Push item then pop and return the smallest item, efficiently."""
    _check(heap, 'heappushpop')
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sift_to_leaf(heap, 0)
    return item


def heapify(x):
    """Rearrange list x into a heap, in place, in linear time."""
    _check(x, 'heapify', True)
    for i in reversed(range(len(x) // 2)):
        _sift_to_leaf(x, i)


def _heapify_max(x):
    _check(x, '_heapify_max', True)
    for i in reversed(range(len(x) // 2)):
        _sift_to_leaf_max(x, i)


def _heappop_max(heap):
    _check(heap, '_heappop_max', True)
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if heap:
        top = heap[0]
        heap[0] = last
        _sift_to_leaf_max(heap, 0)
        return top
    return last


def _heapreplace_max(heap, item):
    _check(heap, '_heapreplace_max')
    if not heap:
        raise IndexError("index out of range")
    top = heap[0]
    heap[0] = item
    _sift_to_leaf_max(heap, 0)
    return top


def merge(*iterables, key=None, reverse=False):
    """Merge sorted inputs into one sorted iterator (lazily, stable)."""
    entries = []
    sign = -1 if reverse else 1
    for order, it in enumerate(map(iter, iterables)):
        for value in it:
            k = value if key is None else key(value)
            entries.append([k, order * sign, value, it])
            break
    if reverse:
        _heapify_max(entries)
        pop, replace = _heappop_max, _heapreplace_max
    else:
        heapify(entries)
        pop, replace = heappop, heapreplace
    while len(entries) > 1:
        entry = entries[0]
        yield entry[2]
        it = entry[3]
        for value in it:
            entry[0] = value if key is None else key(value)
            entry[2] = value
            replace(entries, entry)
            break
        else:
            pop(entries)
    if entries:
        entry = entries[0]
        yield entry[2]
        yield from entry[3]


def nsmallest(n, iterable, key=None):
    """Return the n smallest items of iterable (like sorted(...)[:n])."""
    if n == 1:
        it = iter(iterable)
        missing = object()
        if key is None:
            result = min(it, default=missing)
        else:
            result = min(it, default=missing, key=key)
        return [] if result is missing else [result]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key)[:n]
    if n <= 0:
        return []
    # Keep a max-heap of the n best (key, order, value) seen so far.
    it = iter(iterable)
    heap = []
    order = 0
    for value in it:
        k = value if key is None else key(value)
        heap.append((k, order, value))
        order += 1
        if order >= n:
            break
    if not heap:
        return []
    _heapify_max(heap)
    worst = heap[0][0]
    for value in it:
        k = value if key is None else key(value)
        if k < worst:
            _heapreplace_max(heap, (k, order, value))
            worst = heap[0][0]
            order += 1
    heap.sort()
    return [entry[2] for entry in heap]


def nlargest(n, iterable, key=None):
    """Return the n largest items of iterable (like
    sorted(..., reverse=True)[:n])."""
    if n == 1:
        it = iter(iterable)
        missing = object()
        if key is None:
            result = max(it, default=missing)
        else:
            result = max(it, default=missing, key=key)
        return [] if result is missing else [result]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=True)[:n]
    if n <= 0:
        return []
    # Min-heap of the n best; order decreases so ties keep input order.
    it = iter(iterable)
    heap = []
    order = 0
    for value in it:
        k = value if key is None else key(value)
        heap.append((k, order, value))
        order -= 1
        if -order >= n:
            break
    if not heap:
        return []
    heapify(heap)
    worst = heap[0][0]
    for value in it:
        k = value if key is None else key(value)
        if worst < k:
            heapreplace(heap, (k, order, value))
            worst = heap[0][0]
            order -= 1
    heap.sort(reverse=True)
    return [entry[2] for entry in heap]
