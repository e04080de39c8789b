"""Abstract Base Classes (pure Python implementation for pyrite)."""

try:
    from _weakref import ref as _ref
except ImportError:
    _ref = None


def abstractmethod(funcobj):
    """Mark a method as abstract: classes whose metaclass is ABCMeta cannot be
    instantiated until every abstract method is overridden."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    """Deprecated alias: use classmethod together with abstractmethod."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    """Deprecated alias: use staticmethod together with abstractmethod."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    """Deprecated alias: use property together with abstractmethod."""

    __isabstractmethod__ = True


class _ClassSet:
    """A set of classes, holding them weakly when weak references exist.

    Entries are keyed by id(); a lookup also checks identity through the
    weak reference, so a reused id never gives a false positive."""

    __slots__ = ('data', '__weakref__')

    def __init__(self):
        self.data = {}

    def add(self, item):
        key = id(item)
        if _ref is None:
            self.data[key] = item
            return
        data = self.data

        def _remove(r, key=key, data=data):
            if data.get(key) is r:
                del data[key]
        self.data[key] = _ref(item, _remove)

    def discard(self, item):
        key = id(item)
        if key in self.data and self._get(key) is item:
            del self.data[key]

    def _get(self, key):
        entry = self.data.get(key)
        if entry is None or _ref is None:
            return entry
        return entry()

    def __contains__(self, item):
        entry = self.data.get(id(item))
        if entry is None:
            return False
        if _ref is not None:
            entry = entry()
        return entry is item

    def __iter__(self):
        for key in list(self.data):
            obj = self._get(key)
            if obj is not None:
                yield obj

    def __len__(self):
        return sum(1 for _ in self)

    def clear(self):
        self.data.clear()

    def __repr__(self):
        return '<_ClassSet %r>' % (set(self),)


_invalidation_counter = [0]


def get_cache_token():
    """Return a token that changes whenever an ABC registration happens
    anywhere (usable to invalidate caches of virtual subclass checks)."""
    return _invalidation_counter[0]


class ABCMeta(type):
    """Metaclass of abstract base classes.

    Supports virtual subclasses through register(), customisation of
    issubclass() through __subclasshook__, and abstract methods."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        if '__abc_tpflags__' in namespace:
            # Sequence/mapping flags used by pattern matching; the VM can read
            # them from _abc_tpflags.
            cls._abc_tpflags = namespace['__abc_tpflags__']
            try:
                delattr(cls, '__abc_tpflags__')
            except (AttributeError, TypeError):
                pass
        abstracts = set()
        for attr, value in namespace.items():
            if getattr(value, "__isabstractmethod__", False):
                abstracts.add(attr)
        for base in bases:
            for attr in getattr(base, "__abstractmethods__", ()):
                value = getattr(cls, attr, None)
                if getattr(value, "__isabstractmethod__", False):
                    abstracts.add(attr)
        cls.__abstractmethods__ = frozenset(abstracts)
        cls._abc_registry = _ClassSet()
        cls._abc_cache = _ClassSet()
        cls._abc_negative_cache = _ClassSet()
        cls._abc_negative_cache_version = _invalidation_counter[0]
        return cls

    def register(cls, subclass):
        """Register subclass as a virtual subclass of this ABC; returns it
        so that this can be used as a class decorator."""
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_registry.add(subclass)
        _invalidation_counter[0] += 1
        return subclass

    def _dump_registry(cls, file=None):
        """Print the ABC's registry and caches (debugging aid)."""
        print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)
        print(f"Inv. counter: {get_cache_token()}", file=file)
        for key in ('_abc_registry', '_abc_cache', '_abc_negative_cache',
                    '_abc_negative_cache_version'):
            value = getattr(cls, key)
            if isinstance(value, _ClassSet):
                value = set(value)
            print(f"{key}: {value!r}", file=file)

    def _abc_registry_clear(cls):
        """Forget every registered virtual subclass."""
        cls._abc_registry.clear()

    def _abc_caches_clear(cls):
        """Empty the positive and negative subclass-check caches."""
        cls._abc_cache.clear()
        cls._abc_negative_cache.clear()

    def __instancecheck__(cls, instance):
        """Implement isinstance(instance, cls)."""
        subclass = instance.__class__
        if subclass in cls._abc_cache:
            return True
        subtype = type(instance)
        if subtype is subclass:
            if (cls._abc_negative_cache_version == _invalidation_counter[0]
                    and subclass in cls._abc_negative_cache):
                return False
            return cls.__subclasscheck__(subclass)
        return cls.__subclasscheck__(subclass) or cls.__subclasscheck__(subtype)

    def __subclasscheck__(cls, subclass):
        """Implement issubclass(subclass, cls)."""
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        if subclass in cls._abc_cache:
            return True
        if cls._abc_negative_cache_version < _invalidation_counter[0]:
            cls._abc_negative_cache = _ClassSet()
            cls._abc_negative_cache_version = _invalidation_counter[0]
        elif subclass in cls._abc_negative_cache:
            return False
        hook = getattr(cls, '__subclasshook__', None)
        ok = NotImplemented if hook is None else hook(subclass)
        if ok is not NotImplemented:
            if not isinstance(ok, bool):
                raise AssertionError("__subclasshook__ must return either "
                                     "False, True, or NotImplemented")
            if ok:
                cls._abc_cache.add(subclass)
            else:
                cls._abc_negative_cache.add(subclass)
            return ok
        if cls in getattr(subclass, '__mro__', ()):
            cls._abc_cache.add(subclass)
            return True
        for rcls in cls._abc_registry:
            if issubclass(subclass, rcls):
                cls._abc_cache.add(subclass)
                return True
        subclasses = cls.__subclasses__()
        for scls in subclasses:
            if issubclass(subclass, scls):
                cls._abc_cache.add(subclass)
                return True
        cls._abc_negative_cache.add(subclass)
        return False


def update_abstractmethods(cls):
    """Recompute cls.__abstractmethods__ after methods were added or
    replaced on an already created abstract class."""
    if not hasattr(cls, '__abstractmethods__'):
        return cls
    abstracts = set()
    for base in cls.__bases__:
        for attr in getattr(base, '__abstractmethods__', ()):
            value = getattr(cls, attr, None)
            if getattr(value, "__isabstractmethod__", False):
                abstracts.add(attr)
    for attr, value in cls.__dict__.items():
        if getattr(value, "__isabstractmethod__", False):
            abstracts.add(attr)
    cls.__abstractmethods__ = frozenset(abstracts)
    return cls


class ABC(metaclass=ABCMeta):
    """Convenience base class: subclassing it makes ABCMeta the metaclass."""
    __slots__ = ()
