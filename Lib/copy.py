"""Shallow and deep copy operations (pyrite implementation).

copy(x) returns a shallow copy, deepcopy(x) a deep copy.  Classes customise
copying with __copy__() / __deepcopy__(memo), or through the pickle protocol
(__reduce_ex__, __reduce__, __getstate__/__setstate__)."""

import types


class Error(Exception):
    pass


error = Error

__all__ = ["Error", "copy", "deepcopy"]


try:
    from copyreg import dispatch_table
except ImportError:
    dispatch_table = {}


def _dispatch_table():
    return dispatch_table


def _weakref_type():
    try:
        from _weakref import ref
    except ImportError:
        return None
    return ref


_IMMUTABLE = {type(None), int, float, bool, complex, str, tuple, bytes,
              frozenset, type, range, slice, property,
              types.BuiltinFunctionType, type(Ellipsis),
              type(NotImplemented), types.FunctionType, types.CodeType}
_wr = _weakref_type()
if _wr is not None:
    _IMMUTABLE.add(_wr)
del _wr


def _reduce(x, cls, which):
    reductor = _dispatch_table().get(cls)
    if reductor is not None:
        return reductor(x)
    reductor = getattr(x, "__reduce_ex__", None)
    if reductor is not None:
        return reductor(4)
    reductor = getattr(x, "__reduce__", None)
    if reductor is not None:
        return reductor()
    raise Error("un(%s)copyable object of type %s" % (which, cls))


def copy(x):
    """Return a shallow copy of x."""
    cls = type(x)
    if cls in _IMMUTABLE:
        return x
    if cls is list or cls is dict or cls is set or cls is bytearray:
        return cls.copy(x)
    if issubclass(cls, type):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    rv = _reduce(x, cls, 'shallow')
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


_ATOMIC = {type(None), int, float, bool, complex, bytes, str, types.CodeType,
           type, range, types.BuiltinFunctionType, type(Ellipsis),
           type(NotImplemented), types.FunctionType, property}
_wr = _weakref_type()
if _wr is not None:
    _ATOMIC.add(_wr)
del _wr


def deepcopy(x, memo=None, _nil=[]):
    """Return a deep copy of x.  memo maps id() of already copied objects
    to their copies (shared and recursive structures are preserved)."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y

    cls = type(x)
    if cls in _ATOMIC:
        y = x
    elif cls is list:
        y = _deepcopy_list(x, memo)
    elif cls is tuple:
        y = _deepcopy_tuple(x, memo)
    elif cls is dict:
        y = _deepcopy_dict(x, memo)
    elif cls is types.MethodType:
        y = cls(x.__func__, deepcopy(x.__self__, memo))
    elif issubclass(cls, type):
        y = x
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            rv = _reduce(x, cls, 'deep')
            if isinstance(rv, str):
                y = x
            else:
                y = _reconstruct(x, memo, *rv)

    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _deepcopy_list(x, memo):
    y = []
    memo[id(x)] = y
    for item in x:
        y.append(deepcopy(item, memo))
    return y


def _deepcopy_tuple(x, memo):
    y = [deepcopy(item, memo) for item in x]
    # A recursive tuple may have been copied while copying its items.
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for a, b in zip(x, y):
        if a is not b:
            return tuple(y)
    return x


def _deepcopy_dict(x, memo):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


def _keep_alive(x, memo):
    """Keep x alive while memo is in use (ids must not be reused)."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct(x, memo, func, args,
                 state=None, listiter=None, dictiter=None,
                 *, deepcopy=deepcopy):
    deep = memo is not None
    if deep and args:
        args = (deepcopy(arg, memo) for arg in args)
    y = func(*args)
    if deep:
        memo[id(x)] = y

    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)

    if listiter is not None:
        if deep:
            for item in listiter:
                y.append(deepcopy(item, memo))
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                y[deepcopy(key, memo)] = deepcopy(value, memo)
        else:
            for key, value in dictiter:
                y[key] = value
    return y
