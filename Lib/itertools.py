"""Iterator building blocks (pure Python implementation for pyrite)."""

_MAXSIZE = 9223372036854775807


def _index(value):
    # Convert a value with __index__ to int, else raise TypeError.
    if type(value) is int:
        return value
    try:
        meth = type(value).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(value).__name__) from None
    return meth(value)


def _check_noargs_kw(name, kwargs):
    if kwargs:
        raise TypeError("%s() takes no keyword arguments" % name)


def _iter_self(self):
    return self


class count:
    __slots__ = ('_cnt', '_step')

    def __new__(cls, start=0, step=1):
        for v in (start, step):
            if not _is_number(v):
                raise TypeError("a number is required")
        self = object.__new__(cls)
        self._cnt = start
        self._step = step
        return self

    def __next__(self):
        value = self._cnt
        self._cnt = value + self._step
        return value

    def __repr__(self):
        name = type(self).__name__
        step = self._step
        if type(step) is int and step == 1:
            return '%s(%r)' % (name, self._cnt)
        return '%s(%r, %r)' % (name, self._cnt, step)

    def __reduce__(self):
        if type(self._step) is int and self._step == 1:
            return (type(self), (self._cnt,))
        return (type(self), (self._cnt, self._step))


def _is_number(v):
    if isinstance(v, (int, float, complex)):
        return True
    t = type(v)
    return (hasattr(t, '__index__') or hasattr(t, '__float__')
            or hasattr(t, '__int__') or hasattr(t, '__complex__'))


class cycle:
    __slots__ = ('_it', '_saved', '_index', '_firstpass')

    def __new__(cls, iterable, *args, **kwargs):
        if args:
            raise TypeError("cycle expected 1 argument, got %d" % (1 + len(args)))
        if kwargs and cls is cycle:
            raise TypeError("cycle() takes no keyword arguments")
        self = object.__new__(cls)
        self._it = iter(iterable)
        self._saved = []
        self._index = 0
        self._firstpass = True
        return self

    def __next__(self):
        if self._firstpass:
            try:
                item = next(self._it)
            except StopIteration:
                self._firstpass = False
            else:
                self._saved.append(item)
                return item
        saved = self._saved
        if not saved:
            raise StopIteration
        item = saved[self._index]
        self._index += 1
        if self._index >= len(saved):
            self._index = 0
        return item


class repeat:
    __slots__ = ('_obj', '_times')

    def __new__(cls, object, times=None):
        self = _new_repeat(cls)
        self._obj = object
        if times is None:
            self._times = None
        else:
            times = _index(times)
            self._times = times if times > 0 else 0
        return self

    def __next__(self):
        t = self._times
        if t is None:
            return self._obj
        if t > 0:
            self._times = t - 1
            return self._obj
        raise StopIteration

    def __length_hint__(self):
        if self._times is None:
            raise TypeError("len() of unsized object")
        return self._times

    def __repr__(self):
        name = type(self).__name__
        if self._times is None:
            return '%s(%r)' % (name, self._obj)
        return '%s(%r, %d)' % (name, self._obj, self._times)

    def __reduce__(self):
        if self._times is None:
            return (type(self), (self._obj,))
        return (type(self), (self._obj, self._times))


def _new_repeat(cls):
    return object.__new__(cls)


class accumulate:
    __slots__ = ('_it', '_func', '_total', '_initial', '_started')

    def __new__(cls, iterable, func=None, *, initial=None):
        self = object.__new__(cls)
        self._it = iter(iterable)
        self._func = func
        self._total = None
        self._initial = initial
        self._started = False
        return self

    def __next__(self):
        if self._initial is not None:
            self._total = self._initial
            self._initial = None
            self._started = True
            return self._total
        value = next(self._it)
        if not self._started:
            self._started = True
            self._total = value
        elif self._func is None:
            self._total = self._total + value
        else:
            self._total = self._func(self._total, value)
        return self._total


class chain:
    __slots__ = ('_source', '_active')

    def __new__(cls, *iterables, **kwargs):
        if kwargs and cls is chain:
            raise TypeError("chain() takes no keyword arguments")
        self = object.__new__(cls)
        self._source = iter(iterables)
        self._active = None
        return self

    @classmethod
    def from_iterable(cls, iterable):
        self = object.__new__(cls)
        self._source = iter(iterable)
        self._active = None
        return self

    def __next__(self):
        while self._source is not None:
            if self._active is None:
                try:
                    iterable = next(self._source)
                except StopIteration:
                    self._source = None
                    raise
                self._active = iter(iterable)
            try:
                return next(self._active)
            except StopIteration:
                self._active = None
        raise StopIteration

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


class compress:
    __slots__ = ('_data', '_selectors')

    def __new__(cls, data, selectors):
        self = object.__new__(cls)
        self._data = iter(data)
        self._selectors = iter(selectors)
        return self

    def __next__(self):
        data = self._data
        selectors = self._selectors
        while True:
            d = next(data)
            s = next(selectors)
            if s:
                return d


class dropwhile:
    __slots__ = ('_pred', '_it', '_dropping')

    def __new__(cls, predicate, iterable, *args, **kwargs):
        if args:
            raise TypeError("dropwhile expected 2 arguments, got %d" % (2 + len(args)))
        if kwargs and cls is dropwhile:
            raise TypeError("dropwhile() takes no keyword arguments")
        self = object.__new__(cls)
        self._pred = predicate
        self._it = iter(iterable)
        self._dropping = True
        return self

    def __next__(self):
        it = self._it
        if self._dropping:
            pred = self._pred
            while True:
                item = next(it)
                if not pred(item):
                    self._dropping = False
                    return item
        return next(it)


class takewhile:
    __slots__ = ('_pred', '_it', '_stop')

    def __new__(cls, predicate, iterable, *args, **kwargs):
        if args:
            raise TypeError("takewhile expected 2 arguments, got %d" % (2 + len(args)))
        if kwargs and cls is takewhile:
            raise TypeError("takewhile() takes no keyword arguments")
        self = object.__new__(cls)
        self._pred = predicate
        self._it = iter(iterable)
        self._stop = False
        return self

    def __next__(self):
        if self._stop:
            raise StopIteration
        item = next(self._it)
        if self._pred(item):
            return item
        self._stop = True
        raise StopIteration


class filterfalse:
    __slots__ = ('_pred', '_it')

    def __new__(cls, function, iterable, *args, **kwargs):
        if args:
            raise TypeError("filterfalse expected 2 arguments, got %d" % (2 + len(args)))
        if kwargs and cls is filterfalse:
            raise TypeError("filterfalse() takes no keyword arguments")
        self = object.__new__(cls)
        self._pred = function
        self._it = iter(iterable)
        return self

    def __next__(self):
        pred = self._pred
        it = self._it
        while True:
            item = next(it)
            if pred is None:
                if not item:
                    return item
            elif not pred(item):
                return item


class groupby:
    __slots__ = ('_it', '_keyfunc', '_tgtkey', '_currkey', '_currvalue',
                 '_currgrouper', '_marker')

    def __new__(cls, iterable, key=None):
        self = object.__new__(cls)
        self._it = iter(iterable)
        self._keyfunc = key
        self._marker = object()
        self._tgtkey = self._currkey = self._currvalue = self._marker
        self._currgrouper = None
        return self

    def _step(self):
        value = next(self._it)
        if self._keyfunc is None:
            key = value
        else:
            key = self._keyfunc(value)
        self._currvalue = value
        self._currkey = key

    def __next__(self):
        marker = self._marker
        self._currgrouper = None
        if self._currkey is marker:
            self._step()
        else:
            while True:
                if self._tgtkey is marker:
                    break
                if not (self._tgtkey == self._currkey):
                    break
                self._step()
        self._tgtkey = self._currkey
        grouper = _grouper(self, self._tgtkey)
        self._currgrouper = grouper
        return (self._currkey, grouper)


class _grouper:
    __slots__ = ('_parent', '_tgtkey')

    def __init__(self, parent, tgtkey):
        self._parent = parent
        self._tgtkey = tgtkey

    def __next__(self):
        gbo = self._parent
        if gbo._currgrouper is not self:
            raise StopIteration
        marker = gbo._marker
        if gbo._currvalue is marker:
            gbo._step()
        if not (self._tgtkey == gbo._currkey):
            raise StopIteration
        value = gbo._currvalue
        gbo._currvalue = marker
        return value


def _ssize(value):
    # Emulates PyNumber_AsSsize_t(value, OverflowError) with errors cleared:
    # returns -1 on any failure.
    try:
        v = _index(value)
    except TypeError:
        return -1
    if v > _MAXSIZE or v < -_MAXSIZE - 1:
        return -1
    return v


class islice:
    __slots__ = ('_it', '_next', '_stop', '_step', '_cnt')

    def __new__(cls, iterable, *args, **kwargs):
        if kwargs and cls is islice:
            raise TypeError("islice() takes no keyword arguments")
        nargs = len(args)
        if nargs == 0:
            raise TypeError("islice expected at least 2 arguments, got 1")
        if nargs > 3:
            raise TypeError("islice expected at most 4 arguments, got %d" % (nargs + 1))
        start = 0
        stop = -1
        step = 1
        stopmsg = ("Stop argument for islice() must be None or an integer: "
                   "0 <= x <= sys.maxsize.")
        if nargs == 1:
            if args[0] is not None:
                stop = _ssize(args[0])
                if stop == -1:
                    raise ValueError(stopmsg)
        else:
            if args[0] is not None:
                start = _ssize(args[0])
            if args[1] is not None:
                stop = _ssize(args[1])
                if stop == -1:
                    raise ValueError(stopmsg)
        if start < 0 or stop < -1:
            raise ValueError("Indices for islice() must be None or an integer: "
                             "0 <= x <= sys.maxsize.")
        if nargs == 3 and args[2] is not None:
            step = _ssize(args[2])
        if step < 1:
            raise ValueError("Step for islice() must be a positive integer or None.")
        if stop == -1:
            stop = None
        self = object.__new__(cls)
        self._it = iter(iterable)
        self._next = start
        self._stop = stop
        self._step = step
        self._cnt = 0
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        stop = self._stop
        while self._cnt < self._next:
            try:
                next(it)
            except StopIteration:
                self._it = None
                raise
            self._cnt += 1
        if stop is not None and self._cnt >= stop:
            self._it = None
            raise StopIteration
        try:
            item = next(it)
        except StopIteration:
            self._it = None
            raise
        self._cnt += 1
        oldnext = self._next
        self._next += self._step
        if self._next < oldnext or (stop is not None and self._next > stop):
            self._next = stop
        return item


class pairwise:
    __slots__ = ('_it', '_old')

    def __new__(cls, iterable, *args, **kwargs):
        if args:
            raise TypeError("pairwise expected 1 argument, got %d" % (1 + len(args)))
        if kwargs and cls is pairwise:
            raise TypeError("pairwise() takes no keyword arguments")
        self = object.__new__(cls)
        self._it = iter(iterable)
        self._old = None
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        old = self._old
        if old is None:
            try:
                old = next(it)
            except StopIteration:
                self._it = None
                raise
            self._old = old
        try:
            new = next(it)
        except StopIteration:
            self._it = None
            self._old = None
            raise
        self._old = new
        return (old, new)


class starmap:
    __slots__ = ('_func', '_it')

    def __new__(cls, function, iterable, *args, **kwargs):
        if args:
            raise TypeError("starmap expected 2 arguments, got %d" % (2 + len(args)))
        if kwargs and cls is starmap:
            raise TypeError("starmap() takes no keyword arguments")
        self = object.__new__(cls)
        self._func = function
        self._it = iter(iterable)
        return self

    def __next__(self):
        args = next(self._it)
        return self._func(*args)


class _tee_link:
    __slots__ = ('value', 'next')

    def __init__(self):
        self.value = None
        self.next = None


class _tee_source:
    __slots__ = ('it', 'running')

    def __init__(self, it):
        self.it = it
        self.running = False


class _tee:
    __slots__ = ('_src', '_link', '__weakref__')

    def __new__(cls, iterable):
        it = iter(iterable)
        if isinstance(it, _tee):
            return it.__copy__()
        self = object.__new__(cls)
        self._src = _tee_source(it)
        self._link = _tee_link()
        return self

    def __next__(self):
        link = self._link
        if link.next is None:
            src = self._src
            if src.running:
                raise RuntimeError("cannot re-enter the tee iterator")
            src.running = True
            try:
                value = next(src.it)
            finally:
                src.running = False
            # another tee might have filled this link meanwhile
            if link.next is None:
                link.value = value
                link.next = _tee_link()
        value = link.value
        self._link = link.next
        return value

    def __copy__(self):
        new = object.__new__(type(self))
        new._src = self._src
        new._link = self._link
        return new


_tee.__name__ = '_tee'
_tee.__qualname__ = '_tee'


def tee(iterable, n=2, /):
    n = _index(n)
    if n < 0:
        raise ValueError("n must be >= 0")
    if n == 0:
        return ()
    it = iter(iterable)
    copyable = getattr(type(it), '__copy__', None)
    if copyable is None:
        first = _tee(it)
    else:
        first = it
    result = [first]
    for i in range(1, n):
        result.append(copyable(first) if copyable is not None else first.__copy__())
    return tuple(result)


class zip_longest:
    __slots__ = ('_its', '_active', '_fill')

    def __new__(cls, *args, fillvalue=None):
        self = object.__new__(cls)
        self._its = [iter(a) for a in args]
        self._active = len(self._its)
        self._fill = fillvalue
        return self

    def __next__(self):
        its = self._its
        if not its or self._active == 0:
            raise StopIteration
        result = []
        for i in range(len(its)):
            it = its[i]
            if it is None:
                result.append(self._fill)
                continue
            try:
                item = next(it)
            except StopIteration:
                self._active -= 1
                if self._active == 0:
                    self._its = []
                    raise
                its[i] = None
                item = self._fill
            result.append(item)
        return tuple(result)


class product:
    __slots__ = ('_pools', '_indices', '_result', '_stopped')

    def __new__(cls, *iterables, repeat=1):
        repeat = _index(repeat)
        if repeat < 0:
            raise ValueError("repeat argument cannot be negative")
        pools = [tuple(p) for p in iterables] * repeat
        self = object.__new__(cls)
        self._pools = pools
        self._indices = None
        self._result = None
        self._stopped = False
        return self

    def __next__(self):
        if self._stopped:
            raise StopIteration
        pools = self._pools
        if self._indices is None:
            for p in pools:
                if not p:
                    self._stopped = True
                    raise StopIteration
            self._indices = [0] * len(pools)
            self._result = [p[0] for p in pools]
            return tuple(self._result)
        indices = self._indices
        result = self._result
        i = len(pools) - 1
        while i >= 0:
            pool = pools[i]
            indices[i] += 1
            if indices[i] == len(pool):
                indices[i] = 0
                result[i] = pool[0]
                i -= 1
            else:
                result[i] = pool[indices[i]]
                return tuple(result)
        self._stopped = True
        raise StopIteration


def _check_r(r):
    if type(r) is not int:
        if not isinstance(r, int):
            raise TypeError("Expected int as r")
    if r < 0:
        raise ValueError("r must be non-negative")
    return r


class permutations:
    __slots__ = ('_pool', '_r', '_indices', '_cycles', '_first', '_stopped')

    def __new__(cls, iterable, r=None):
        pool = tuple(iterable)
        n = len(pool)
        if r is None:
            r = n
        else:
            r = _check_r(r)
        self = object.__new__(cls)
        self._pool = pool
        self._r = r
        self._indices = list(range(n))
        self._cycles = list(range(n, n - r, -1))
        self._first = True
        self._stopped = r > n
        return self

    def __next__(self):
        if self._stopped:
            raise StopIteration
        pool = self._pool
        r = self._r
        indices = self._indices
        if self._first:
            self._first = False
            return tuple([pool[i] for i in indices[:r]])
        n = len(pool)
        if n == 0:
            self._stopped = True
            raise StopIteration
        cycles = self._cycles
        for i in range(r - 1, -1, -1):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                return tuple([pool[k] for k in indices[:r]])
        self._stopped = True
        raise StopIteration


class combinations:
    __slots__ = ('_pool', '_r', '_indices', '_first', '_stopped')

    def __new__(cls, iterable, r):
        pool = tuple(iterable)
        r = _check_r(r)
        self = object.__new__(cls)
        self._pool = pool
        self._r = r
        self._indices = list(range(r))
        self._first = True
        self._stopped = r > len(pool)
        return self

    def __next__(self):
        if self._stopped:
            raise StopIteration
        pool = self._pool
        r = self._r
        indices = self._indices
        if self._first:
            self._first = False
            return tuple([pool[i] for i in indices])
        n = len(pool)
        i = r - 1
        while i >= 0:
            if indices[i] != i + n - r:
                break
            i -= 1
        else:
            self._stopped = True
            raise StopIteration
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        return tuple([pool[k] for k in indices])


class combinations_with_replacement:
    __slots__ = ('_pool', '_r', '_indices', '_first', '_stopped')

    def __new__(cls, iterable, r):
        pool = tuple(iterable)
        r = _check_r(r)
        self = object.__new__(cls)
        self._pool = pool
        self._r = r
        self._indices = [0] * r
        self._first = True
        self._stopped = (not pool) and r > 0
        return self

    def __next__(self):
        if self._stopped:
            raise StopIteration
        pool = self._pool
        r = self._r
        indices = self._indices
        if self._first:
            self._first = False
            return tuple([pool[i] for i in indices])
        n = len(pool)
        i = r - 1
        while i >= 0:
            if indices[i] != n - 1:
                break
            i -= 1
        else:
            self._stopped = True
            raise StopIteration
        v = indices[i] + 1
        for j in range(i, r):
            indices[j] = v
        return tuple([pool[k] for k in indices])


def _new(cls):
    return object.__new__(cls)


def _reduce(self):
    # copy/pickle support: the copy shares the underlying iterators (as with
    # CPython's itertools) but gets its own bookkeeping lists.  The slot
    # values travel as the (None, slots) state so that copy/pickle register
    # the new object before restoring them (groupby <-> _grouper cycles).
    cls = type(self)
    state = {}
    for klass in cls.__mro__:
        for name in klass.__dict__.get('__slots__', ()):
            if name == '__weakref__' or name in state:
                continue
            if name in cls._skip_slots:
                state[name] = None
                continue
            try:
                value = getattr(self, name)
            except AttributeError:
                continue
            if name in cls._private_lists and value is not None:
                value = list(value)
            state[name] = value
    return (_new, (cls,), (None, state))


def _not_picklable(self):
    raise TypeError("cannot pickle 'itertools.%s' object" % type(self).__name__)


for _cls in (count, cycle, repeat, accumulate, chain, compress, dropwhile,
             takewhile, filterfalse, groupby, _grouper, islice, pairwise,
             starmap, _tee, zip_longest, product, permutations, combinations,
             combinations_with_replacement):
    _cls.__module__ = 'itertools'
    _cls.__iter__ = _iter_self
    if '__reduce__' not in _cls.__dict__:
        _cls.__reduce__ = _reduce
    _cls._private_lists = ()
    _cls._skip_slots = ()
del _cls

pairwise.__reduce__ = _not_picklable
groupby._skip_slots = ('_currgrouper',)
zip_longest._private_lists = ('_its',)
product._private_lists = ('_indices', '_result')
permutations._private_lists = ('_indices', '_cycles')
combinations._private_lists = ('_indices',)
combinations_with_replacement._private_lists = ('_indices',)
