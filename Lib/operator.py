"""Standard operators as functions (pure Python implementation for pyrite)."""

__all__ = ['abs', 'add', 'and_', 'attrgetter', 'call', 'concat', 'contains',
           'countOf', 'delitem', 'eq', 'floordiv', 'ge', 'getitem', 'gt', 'iadd',
           'iand', 'iconcat', 'ifloordiv', 'ilshift', 'imatmul', 'imod', 'imul',
           'index', 'indexOf', 'inv', 'invert', 'ior', 'ipow', 'irshift', 'is_',
           'is_not', 'isub', 'itemgetter', 'itruediv', 'ixor', 'le',
           'length_hint', 'lshift', 'lt', 'matmul', 'methodcaller', 'mod', 'mul',
           'ne', 'neg', 'not_', 'or_', 'pos', 'pow', 'rshift', 'setitem', 'sub',
           'truediv', 'truth', 'xor']

from builtins import abs as _builtin_abs


# Comparisons

def lt(a, b):
    "Equivalent to a < b."
    return a < b

def le(a, b):
    "Equivalent to a <= b."
    return a <= b

def eq(a, b):
    "Equivalent to a == b."
    return a == b

def ne(a, b):
    "Equivalent to a != b."
    return a != b

def ge(a, b):
    "Equivalent to a >= b."
    return a >= b

def gt(a, b):
    "Equivalent to a > b."
    return a > b


# Logical and identity

def not_(a):
    "Equivalent to not a."
    return not a

def truth(a):
    "Return True if a is true, False otherwise."
    return True if a else False

def is_(a, b):
    "Equivalent to a is b."
    return a is b

def is_not(a, b):
    "Equivalent to a is not b."
    return a is not b


# Arithmetic and bitwise

def abs(a):
    "Equivalent to abs(a)."
    return _builtin_abs(a)

def add(a, b):
    "Equivalent to a + b."
    return a + b

def and_(a, b):
    "Equivalent to a & b."
    return a & b

def floordiv(a, b):
    "Equivalent to a // b."
    return a // b

def index(a):
    "Equivalent to a.__index__()"
    if type(a) is int:
        return a
    try:
        meth = type(a).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(a).__name__) from None
    result = meth(a)
    if type(result) is not int:
        if isinstance(result, int):
            return result
        raise TypeError("__index__ returned non-int (type %s)"
                        % type(result).__name__)
    return result

def inv(a):
    "Equivalent to ~a."
    return ~a

invert = inv

def lshift(a, b):
    "Equivalent to a << b."
    return a << b

def mod(a, b):
    "Equivalent to a % b."
    return a % b

def mul(a, b):
    "Equivalent to a * b."
    return a * b

def matmul(a, b):
    "Equivalent to a @ b."
    return a @ b

def neg(a):
    "Equivalent to -a."
    return -a

def or_(a, b):
    "Equivalent to a | b."
    return a | b

def pos(a):
    "Equivalent to +a."
    return +a

def pow(a, b):
    "Equivalent to a ** b."
    return a ** b

def rshift(a, b):
    "Equivalent to a >> b."
    return a >> b

def sub(a, b):
    "Equivalent to a - b."
    return a - b

def truediv(a, b):
    "Equivalent to a / b."
    return a / b

def xor(a, b):
    "Equivalent to a ^ b."
    return a ^ b


# Sequences

def concat(a, b):
    "Equivalent to a + b, for a and b sequences."
    if not hasattr(type(a), '__getitem__'):
        raise TypeError("'%s' object can't be concatenated" % type(a).__name__)
    return a + b

def contains(a, b):
    "Equivalent to b in a (note reversed operands)."
    return b in a

def countOf(a, b):
    "Return the number of items in a which are, or which equal, b."
    n = 0
    for item in a:
        if item is b or item == b:
            n += 1
    return n

def delitem(a, b):
    "Equivalent to del a[b]."
    del a[b]

def getitem(a, b):
    "Equivalent to a[b]."
    return a[b]

def indexOf(a, b):
    "Return the first index of b in a."
    i = 0
    for item in a:
        if item is b or item == b:
            return i
        i += 1
    raise ValueError('sequence.index(x): x not in sequence')

def setitem(a, b, c):
    "Equivalent to a[b] = c."
    a[b] = c

def length_hint(obj, default=0):
    """Return an estimate of the number of items in obj.

    If obj has neither __len__ nor __length_hint__, default is returned."""
    if type(default) is not int:
        if not isinstance(default, int):
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(default).__name__)
    try:
        return len(obj)
    except TypeError:
        pass
    try:
        hint = type(obj).__length_hint__
    except AttributeError:
        return default
    value = hint(obj)
    if value is NotImplemented:
        return default
    if not isinstance(value, int):
        raise TypeError("__length_hint__ must be an integer, not %s"
                        % type(value).__name__)
    if value < 0:
        raise ValueError("__length_hint__() should return >= 0")
    return value


# Calls

def call(obj, /, *args, **kwargs):
    "Equivalent to obj(*args, **kwargs)."
    return obj(*args, **kwargs)


# Generalized lookup objects

class attrgetter:
    """Return a callable object that fetches the given attribute(s) from its
    operand."""
    __slots__ = ('_attrs', '_getters')

    def __init__(self, *attrs):
        if not attrs:
            raise TypeError('attrgetter expected 1 argument, got 0')
        getters = []
        for name in attrs:
            if not isinstance(name, str):
                raise TypeError('attribute name must be a string')
            getters.append(tuple(name.split('.')))
        self._attrs = attrs
        self._getters = tuple(getters)

    def __call__(self, *args, **kwargs):
        if kwargs:
            raise TypeError('attrgetter() takes no keyword arguments')
        if len(args) != 1:
            raise TypeError('attrgetter expected 1 argument, got %d' % len(args))
        obj = args[0]
        results = []
        for parts in self._getters:
            value = obj
            for part in parts:
                value = getattr(value, part)
            results.append(value)
        if len(results) == 1:
            return results[0]
        return tuple(results)

    def __repr__(self):
        return '%s.%s(%s)' % (type(self).__module__, type(self).__qualname__,
                              ', '.join(map(repr, self._attrs)))

    def __reduce__(self):
        return type(self), self._attrs


class itemgetter:
    """Return a callable object that fetches the given item(s) from its
    operand."""
    __slots__ = ('_items',)

    def __init__(self, *items):
        if not items:
            raise TypeError('itemgetter expected 1 argument, got 0')
        self._items = items

    def __call__(self, *args, **kwargs):
        if kwargs:
            raise TypeError('itemgetter() takes no keyword arguments')
        if len(args) != 1:
            raise TypeError('itemgetter expected 1 argument, got %d' % len(args))
        obj = args[0]
        items = self._items
        if len(items) == 1:
            return obj[items[0]]
        return tuple([obj[i] for i in items])

    def __repr__(self):
        return '%s.%s(%s)' % (type(self).__module__, type(self).__qualname__,
                              ', '.join(map(repr, self._items)))

    def __reduce__(self):
        return type(self), self._items


class methodcaller:
    """Return a callable object that calls the given method on its operand."""
    __slots__ = ('_name', '_args', '_kwargs')

    def __init__(*args, **kwargs):
        if len(args) < 2:
            raise TypeError('methodcaller needs at least one argument, '
                            'the method name')
        self = args[0]
        name = args[1]
        if not isinstance(name, str):
            raise TypeError('method name must be a string')
        self._name = name
        self._args = args[2:]
        self._kwargs = kwargs

    def __call__(self, *args, **kwargs):
        if kwargs:
            raise TypeError('methodcaller() takes no keyword arguments')
        if len(args) != 1:
            raise TypeError('methodcaller expected 1 argument, got %d' % len(args))
        return getattr(args[0], self._name)(*self._args, **self._kwargs)

    def __repr__(self):
        parts = [repr(self._name)]
        parts.extend(map(repr, self._args))
        parts.extend(['%s=%r' % (k, v) for k, v in self._kwargs.items()])
        return '%s.%s(%s)' % (type(self).__module__, type(self).__qualname__,
                              ', '.join(parts))

    def __reduce__(self):
        if not self._kwargs:
            return type(self), (self._name,) + self._args
        from functools import partial
        return partial(type(self), self._name, **self._kwargs), self._args


# In-place operations

def iadd(a, b):
    "Equivalent to a += b."
    a += b
    return a

def iand(a, b):
    "Equivalent to a &= b."
    a &= b
    return a

def iconcat(a, b):
    "Equivalent to a += b, for a and b sequences."
    if not hasattr(type(a), '__getitem__'):
        raise TypeError("'%s' object can't be concatenated" % type(a).__name__)
    a += b
    return a

def ifloordiv(a, b):
    "Equivalent to a //= b."
    a //= b
    return a

def ilshift(a, b):
    "Equivalent to a <<= b."
    a <<= b
    return a

def imod(a, b):
    "Equivalent to a %= b."
    a %= b
    return a

def imul(a, b):
    "Equivalent to a *= b."
    a *= b
    return a

def imatmul(a, b):
    "Equivalent to a @= b."
    a @= b
    return a

def ior(a, b):
    "Equivalent to a |= b."
    a |= b
    return a

def ipow(a, b):
    "Equivalent to a **= b."
    a **= b
    return a

def irshift(a, b):
    "Equivalent to a >>= b."
    a >>= b
    return a

def isub(a, b):
    "Equivalent to a -= b."
    a -= b
    return a

def itruediv(a, b):
    "Equivalent to a /= b."
    a /= b
    return a

def ixor(a, b):
    "Equivalent to a ^= b."
    a ^= b
    return a


# Dunder aliases
__lt__ = lt
__le__ = le
__eq__ = eq
__ne__ = ne
__ge__ = ge
__gt__ = gt
__not__ = not_
__abs__ = abs
__add__ = add
__and__ = and_
__call__ = call
__floordiv__ = floordiv
__index__ = index
__inv__ = inv
__invert__ = invert
__lshift__ = lshift
__mod__ = mod
__mul__ = mul
__matmul__ = matmul
__neg__ = neg
__or__ = or_
__pos__ = pos
__pow__ = pow
__rshift__ = rshift
__sub__ = sub
__truediv__ = truediv
__xor__ = xor
__concat__ = concat
__contains__ = contains
__delitem__ = delitem
__getitem__ = getitem
__setitem__ = setitem
__iadd__ = iadd
__iand__ = iand
__iconcat__ = iconcat
__ifloordiv__ = ifloordiv
__ilshift__ = ilshift
__imod__ = imod
__imul__ = imul
__imatmul__ = imatmul
__ior__ = ior
__ipow__ = ipow
__irshift__ = irshift
__isub__ = isub
__itruediv__ = itruediv
__ixor__ = ixor

for _c in (attrgetter, itemgetter, methodcaller):
    _c.__module__ = 'operator'
del _c
