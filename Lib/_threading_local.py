"""Thread-local objects, written in Python.

(pyrite's implementation; threading.local is built on it when the VM does
not provide _thread._local.)

An instance of `local` has a separate set of attributes in every thread:

  >>> mydata = local()
  >>> mydata.number = 42

Another thread sees its own, initially empty, attribute set.  Subclasses
may define __init__, which is called again (with the original constructor
arguments) the first time the object is used in each thread, and may
define __slots__, which are shared by all threads.
"""

__all__ = ["local"]

try:
    from _weakref import ref as _ref
except ImportError:
    _ref = None


class _LocalState:
    """The bookkeeping behind one `local` object.

    `dicts` maps a Thread object to that thread's attribute dictionary.
    Each thread also remembers (weakly) the states it has a dictionary in,
    so that the dictionaries are dropped as soon as the thread ends.
    """

    __slots__ = ('dicts', 'initargs', 'lock', '__weakref__')

    def __init__(self, initargs):
        self.dicts = {}
        self.initargs = initargs
        self.lock = RLock()

    def lookup(self):
        return self.dicts[current_thread()]

    def new_dict(self):
        thread = current_thread()
        attrs = {}
        self.dicts[thread] = attrs
        registry = thread.__dict__.get('_local_states')
        if registry is None:
            registry = thread.__dict__['_local_states'] = {}
        key = id(self)
        if _ref is None:
            registry[key] = lambda state=self: state
        else:
            def drop(wr, registry=registry, key=key):
                # The local object died: forget it in this thread.
                if registry.get(key) is wr:
                    del registry[key]
            registry[key] = _ref(self, drop)
        return attrs


def _enter(self):
    """Install the calling thread's attribute dict and take the lock.

    Returns (lock, previous dict) for _leave().
    """
    state = object.__getattribute__(self, '_local__state')
    try:
        attrs = state.lookup()
    except KeyError:
        # First use in this thread: run __init__ again like at creation.
        attrs = state.new_dict()
        args, kwargs = state.initargs
        try:
            self.__init__(*args, **kwargs)
        except BaseException:
            # Try again at the next access, like _thread._local does.
            state.dicts.pop(current_thread(), None)
            raise
    lock = state.lock
    lock.acquire()
    previous = object.__getattribute__(self, '__dict__')
    object.__setattr__(self, '__dict__', attrs)
    return lock, previous


def _leave(self, saved):
    # Put back what was installed before, so that between accesses the
    # object refers to no thread's dict (a finished thread's values must be
    # freed with it).
    lock, previous = saved
    try:
        object.__setattr__(self, '__dict__', previous)
    finally:
        lock.release()


# Installed as __dict__ between accesses; never written to.
_NO_THREAD_DICT = {}


def _type_name(obj):
    cls = type(obj)
    if cls.__module__ == '_thread':
        return '_thread.' + cls.__name__
    return cls.__name__


class local:
    __slots__ = ('_local__state', '__dict__')

    def __new__(cls, /, *args, **kwargs):
        if (args or kwargs) and (cls.__init__ is object.__init__):
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        state = _LocalState((args, kwargs))
        object.__setattr__(self, '_local__state', state)
        # The creating thread gets its dict now; type.__call__ runs
        # __init__ right after.
        state.new_dict()
        object.__setattr__(self, '__dict__', _NO_THREAD_DICT)
        return self

    def __getattribute__(self, name):
        saved = _enter(self)
        try:
            return object.__getattribute__(self, name)
        finally:
            _leave(self, saved)

    def __setattr__(self, name, value):
        if name == '__dict__':
            raise AttributeError(
                "%r object attribute '__dict__' is read-only" % (_type_name(self),))
        saved = _enter(self)
        try:
            return object.__setattr__(self, name, value)
        finally:
            _leave(self, saved)

    def __delattr__(self, name):
        if name == '__dict__':
            raise AttributeError(
                "%r object attribute '__dict__' is read-only" % (_type_name(self),))
        saved = _enter(self)
        try:
            return object.__delattr__(self, name)
        finally:
            _leave(self, saved)

    @staticmethod
    def _forget_thread(thread):
        # Called by threading when `thread` ends: free its dictionaries.
        registry = thread.__dict__.pop('_local_states', None)
        if not registry:
            return
        for wr in list(registry.values()):
            state = wr()
            if state is not None:
                state.dicts.pop(thread, None)


from threading import current_thread, RLock
