"""Names for the interpreter's built-in types, plus dynamic class helpers
(pyrite implementation).  Every type is taken from a real object."""

import sys


def _function():
    pass


FunctionType = type(_function)
LambdaType = type(lambda: None)
CodeType = type(_function.__code__)
MappingProxyType = type(type.__dict__)


def _cell_factory():
    value = 1

    def inner():
        return value
    return inner.__closure__[0]


CellType = type(_cell_factory())


def _generator():
    yield 1


GeneratorType = type(_generator())


async def _coroutine():
    pass


try:
    _c = _coroutine()
    CoroutineType = type(_c)
    _c.close()
    del _c
except Exception:       # VM without coroutine objects yet
    pass


async def _async_generator():
    yield


try:
    _ag = _async_generator()
    AsyncGeneratorType = type(_ag)
    del _ag
except Exception:
    pass


class _C:
    def _m(self):
        pass


MethodType = type(_C()._m)

BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)


def _probe(get):
    # The interpreter may not expose every kind of descriptor yet: leave the
    # name undefined rather than failing the import.
    try:
        return get()
    except (AttributeError, KeyError):
        return None


WrapperDescriptorType = _probe(lambda: type(object.__init__))
MethodWrapperType = _probe(lambda: type(object().__str__))
MethodDescriptorType = _probe(lambda: type(str.join))
ClassMethodDescriptorType = _probe(lambda: type(dict.__dict__['fromkeys']))

ModuleType = type(sys)

try:
    raise TypeError
except TypeError as _exc:
    TracebackType = type(_exc.__traceback__)
    FrameType = type(_exc.__traceback__.tb_frame)
    del _exc

GetSetDescriptorType = _probe(lambda: type(FunctionType.__code__))
MemberDescriptorType = _probe(lambda: type(FunctionType.__globals__))

GenericAlias = type(list[int])
UnionType = type(int | str)

EllipsisType = type(Ellipsis)
NoneType = type(None)
NotImplementedType = type(NotImplemented)

for _name in ('WrapperDescriptorType', 'MethodWrapperType',
              'MethodDescriptorType', 'ClassMethodDescriptorType',
              'GetSetDescriptorType', 'MemberDescriptorType'):
    if globals()[_name] is None:
        del globals()[_name]
del sys, _function, _cell_factory, _generator, _coroutine, _async_generator, _C
del _name, _probe

import sys as _sys


def _native_namespace_type():
    impl = getattr(_sys, 'implementation', None)
    t = type(impl)
    if impl is not None and t.__name__ == 'SimpleNamespace':
        return t
    return None


SimpleNamespace = _native_namespace_type()

if SimpleNamespace is None:
    _ns_repr_running = set()

    class SimpleNamespace:
        """Object whose attributes are the keyword arguments it was built
        with; compares equal to namespaces with the same attributes."""

        def __init__(self, /, *args, **kwargs):
            if args:
                raise TypeError("no positional arguments expected")
            self.__dict__.update(kwargs)

        def __repr__(self):
            name = ('namespace' if type(self) is SimpleNamespace
                    else type(self).__name__)
            from _thread import get_ident
            key = (id(self), get_ident())
            if key in _ns_repr_running:
                return name + '(...)'
            _ns_repr_running.add(key)
            try:
                items = ['%s=%r' % (k, v) for k, v in self.__dict__.items()]
            finally:
                _ns_repr_running.discard(key)
            return '%s(%s)' % (name, ', '.join(items))

        def __eq__(self, other):
            if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
                return self.__dict__ == other.__dict__
            return NotImplemented

        __hash__ = None

        def __reduce__(self):
            return (type(self), (), self.__dict__)

    SimpleNamespace.__module__ = 'types'

del _native_namespace_type


# Dynamic class creation ------------------------------------------------------

def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class object dynamically, following the same steps as a
    class statement (metaclass selection, __prepare__, __mro_entries__)."""
    resolved_bases = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved_bases, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved_bases is not bases:
        ns['__orig_bases__'] = bases
    return meta(name, resolved_bases, ns, **kwds)


def resolve_bases(bases):
    """Replace the bases that define __mro_entries__ by the classes that
    method returns (PEP 560)."""
    new_bases = []
    changed = False
    for base in bases:
        if isinstance(base, type):
            new_bases.append(base)
            continue
        entries = getattr(base, "__mro_entries__", None)
        if entries is None:
            new_bases.append(base)
            continue
        replacement = entries(bases)
        changed = True
        if not isinstance(replacement, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        new_bases.extend(replacement)
    if not changed:
        return bases
    return tuple(new_bases)


def prepare_class(name, bases=(), kwds=None):
    """Return (metaclass, namespace, remaining keywords) for a class about
    to be created, calling the metaclass's __prepare__ if it has one."""
    if kwds is None:
        kwds = {}
    else:
        kwds = dict(kwds)
    if 'metaclass' in kwds:
        meta = kwds.pop('metaclass')
    elif bases:
        meta = type(bases[0])
    else:
        meta = type
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    prepare = getattr(meta, '__prepare__', None)
    if prepare is None:
        ns = {}
    else:
        ns = prepare(name, bases, **kwds)
    return meta, ns, kwds


def _calculate_meta(meta, bases):
    """Find the most derived metaclass among meta and the bases' types."""
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError("metaclass conflict: "
                        "the metaclass of a derived class "
                        "must be a (non-strict) subclass "
                        "of the metaclasses of all its bases")
    return winner


class DynamicClassAttribute:
    """Attribute that behaves as a property on instances but raises
    AttributeError on class access, so that the class's __getattr__ is
    used instead (this is how Enum members and properties coexist)."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc or fget.__doc__
        self.overwrite_doc = doc is None
        self.__isabstractmethod__ = bool(getattr(fget, '__isabstractmethod__', False))

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.__isabstractmethod__:
                return self
            raise AttributeError()
        elif self.fget is None:
            raise AttributeError("unreadable attribute")
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("can't set attribute")
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("can't delete attribute")
        self.fdel(instance)

    def getter(self, fget):
        fdoc = fget.__doc__ if self.overwrite_doc else None
        result = type(self)(fget, self.fset, self.fdel, fdoc or self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result

    def setter(self, fset):
        result = type(self)(self.fget, fset, self.fdel, self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result

    def deleter(self, fdel):
        result = type(self)(self.fget, self.fset, fdel, self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result


class _GeneratorWrapper:
    # Makes a generator-like object returned by a @coroutine function usable
    # with 'await'.
    def __init__(self, gen):
        self.__wrapped = gen
        self.__isgen = gen.__class__ is GeneratorType
        self.__name__ = getattr(gen, '__name__', None)
        self.__qualname__ = getattr(gen, '__qualname__', None)

    def send(self, val):
        return self.__wrapped.send(val)

    def throw(self, tp, *rest):
        return self.__wrapped.throw(tp, *rest)

    def close(self):
        return self.__wrapped.close()

    @property
    def gi_code(self):
        return self.__wrapped.gi_code

    @property
    def gi_frame(self):
        return self.__wrapped.gi_frame

    @property
    def gi_running(self):
        return self.__wrapped.gi_running

    @property
    def gi_yieldfrom(self):
        return self.__wrapped.gi_yieldfrom

    cr_code = gi_code
    cr_frame = gi_frame
    cr_running = gi_running
    cr_await = gi_yieldfrom

    def __next__(self):
        return next(self.__wrapped)

    def __iter__(self):
        if self.__isgen:
            return self.__wrapped
        return self

    __await__ = __iter__


_CO_GENERATOR = 0x20
_CO_ITERABLE_COROUTINE = 0x100


def coroutine(func):
    """Decorator turning a generator function into one whose generators can
    be awaited (legacy generator-based coroutines)."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')

    if (func.__class__ is FunctionType and
            getattr(func, '__code__', None).__class__ is CodeType):
        flags = func.__code__.co_flags
        if flags & 0x180:
            # already a coroutine or an iterable coroutine
            return func
        if flags & _CO_GENERATOR:
            co = func.__code__
            func.__code__ = co.replace(co_flags=flags | _CO_ITERABLE_COROUTINE)
            return func

    import functools
    from _collections_abc import Generator, Coroutine

    @functools.wraps(func)
    def wrapped(*args, **kwargs):
        coro = func(*args, **kwargs)
        if (coro.__class__ is CoroutineType or
                coro.__class__ is GeneratorType and coro.gi_code.co_flags & _CO_ITERABLE_COROUTINE):
            return coro
        if (isinstance(coro, Generator) and
                not isinstance(coro, Coroutine)):
            return _GeneratorWrapper(coro)
        return coro

    return wrapped


__all__ = ['FunctionType', 'LambdaType', 'CodeType', 'MappingProxyType',
           'SimpleNamespace', 'CellType', 'GeneratorType', 'CoroutineType',
           'AsyncGeneratorType', 'MethodType', 'BuiltinFunctionType',
           'BuiltinMethodType', 'WrapperDescriptorType', 'MethodWrapperType',
           'MethodDescriptorType', 'ClassMethodDescriptorType', 'ModuleType',
           'TracebackType', 'FrameType', 'GetSetDescriptorType',
           'MemberDescriptorType', 'new_class', 'resolve_bases',
           'prepare_class', 'DynamicClassAttribute', 'coroutine',
           'GenericAlias', 'UnionType', 'EllipsisType', 'NoneType',
           'NotImplementedType']
__all__ = [_n for _n in __all__ if _n in globals()]
