"""Implementation of JSONEncoder (pyrite)."""

__all__ = ['JSONEncoder']

INFINITY = float('inf')

_ESC = {
    '\\': '\\\\',
    '"': '\\"',
    '\b': '\\b',
    '\f': '\\f',
    '\n': '\\n',
    '\r': '\\r',
    '\t': '\\t',
}
for _i in range(0x20):
    _ESC.setdefault(chr(_i), '\\u{0:04x}'.format(_i))
del _i

ESCAPE_DCT = dict(_ESC)

_str_to_str = str.__str__


def py_encode_basestring(s):
    """Return a JSON representation of a Python string

    """
    s = _str_to_str(s)
    out = []
    start = 0
    for i, c in enumerate(s):
        if c <= '\x1f' or c == '"' or c == '\\':
            if start < i:
                out.append(s[start:i])
            out.append(_ESC[c])
            start = i + 1
    if start == 0:
        return '"' + s + '"'
    out.append(s[start:])
    return '"' + ''.join(out) + '"'


try:
    from _pyrite_json import encode as c_encode
except ImportError:
    c_encode = None

try:
    from _pyrite_json import encode_basestring as c_encode_basestring
    from _pyrite_json import encode_basestring_ascii as c_encode_basestring_ascii
except ImportError:
    c_encode_basestring = c_encode_basestring_ascii = None

encode_basestring = (c_encode_basestring or py_encode_basestring)


def py_encode_basestring_ascii(s):
    """Return an ASCII-only JSON representation of a Python string

    """
    s = _str_to_str(s)
    if s.isascii() and s.isprintable() and '"' not in s and '\\' not in s:
        return '"' + s + '"'
    out = []
    append = out.append
    for c in s:
        if ' ' <= c <= '~':
            if c == '"':
                append('\\"')
            elif c == '\\':
                append('\\\\')
            else:
                append(c)
            continue
        e = _ESC.get(c)
        if e is not None:
            append(e)
            continue
        n = ord(c)
        if n < 0x10000:
            append('\\u{0:04x}'.format(n))
        else:
            n -= 0x10000
            append('\\u{0:04x}\\u{1:04x}'.format(0xd800 | ((n >> 10) & 0x3ff),
                                                 0xdc00 | (n & 0x3ff)))
    return '"' + ''.join(out) + '"'


encode_basestring_ascii = (
    c_encode_basestring_ascii or py_encode_basestring_ascii)


class JSONEncoder(object):
    """Extensible JSON <https://json.org> encoder for Python data structures.

    Supports the following objects and types by default:

    +-------------------+---------------+
    | Python            | JSON          |
    +===================+===============+
    | dict              | object        |
    +-------------------+---------------+
    | list, tuple       | array         |
    +-------------------+---------------+
    | str               | string        |
    +-------------------+---------------+
    | int, float        | number        |
    +-------------------+---------------+
    | True              | true          |
    +-------------------+---------------+
    | False             | false         |
    +-------------------+---------------+
    | None              | null          |
    +-------------------+---------------+

    To extend this to recognize other objects, subclass and implement a
    ``.default()`` method with another method that returns a serializable
    object for ``o`` if possible, otherwise it should call the superclass
    implementation (to raise ``TypeError``).

    """
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
            check_circular=True, allow_nan=True, sort_keys=False,
            indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Implement this method in a subclass such that it returns
        a serializable object for ``o``, or calls the base implementation
        (to raise a ``TypeError``).

        """
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        """Return a JSON string representation of a Python data structure.

        >>> from json.encoder import JSONEncoder
        >>> JSONEncoder().encode({"foo": ["bar", "baz"]})
        '{"foo": ["bar", "baz"]}'

        """
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            else:
                return encode_basestring(o)
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        """Encode the given object and yield each string
        representation as available.

        For example::

            for chunk in JSONEncoder().iterencode(bigobject):
                mysocket.write(chunk)

        """
        if self.ensure_ascii:
            _encoder = encode_basestring_ascii
        else:
            _encoder = encode_basestring
        if (_one_shot and c_encode is not None
                and (_encoder is c_encode_basestring_ascii if self.ensure_ascii
                     else _encoder is c_encode_basestring)):
            indent = self.indent
            if indent is not None and not isinstance(indent, str):
                indent = ' ' * indent
            return [c_encode(o, self.default, sorted, indent,
                             self.key_separator, self.item_separator,
                             self.sort_keys, self.skipkeys,
                             self.ensure_ascii, self.allow_nan,
                             self.check_circular, self.indent is None)]
        if self.check_circular:
            markers = {}
        else:
            markers = None
        # The C accelerator (used by CPython when there is no indent) words
        # the NaN error without the value.
        short_nan_msg = _one_shot and self.indent is None

        def floatstr(o, allow_nan=self.allow_nan,
                _repr=float.__repr__, _inf=INFINITY, _neginf=-INFINITY):
            if o != o:
                text = 'NaN'
            elif o == _inf:
                text = 'Infinity'
            elif o == _neginf:
                text = '-Infinity'
            else:
                return _repr(o)

            if not allow_nan:
                if short_nan_msg:
                    raise ValueError(
                        "Out of range float values are not JSON compliant")
                raise ValueError(
                    "Out of range float values are not JSON compliant: " +
                    repr(o))

            return text

        _iterencode = _make_iterencode(
            markers, self.default, _encoder, self.indent, floatstr,
            self.key_separator, self.item_separator, self.sort_keys,
            self.skipkeys, _one_shot)
        if _one_shot:
            out = []
            _iterencode(o, 0, out.append)
            return out
        return _generate(_iterencode, o)


def _generate(_iterencode, o):
    # A lazy generator over chunks (used by dump() and iterencode()).
    out = []
    _iterencode(o, 0, out.append)
    yield from out


def _make_iterencode(markers, _default, _encoder, _indent, _floatstr,
        _key_separator, _item_separator, _sort_keys, _skipkeys, _one_shot,
        ## HACK: hand-optimized bytecode; turn globals into locals
        ValueError=ValueError,
        dict=dict,
        float=float,
        id=id,
        int=int,
        isinstance=isinstance,
        list=list,
        str=str,
        tuple=tuple,
        _intstr=int.__repr__,
    ):

    if _indent is not None and not isinstance(_indent, str):
        _indent = ' ' * _indent

    def _list(lst, level, emit):
        if not lst:
            emit('[]')
            return
        if markers is not None:
            markerid = id(lst)
            if markerid in markers:
                raise ValueError("Circular reference detected")
            markers[markerid] = lst
        buf = '['
        if _indent is not None:
            level += 1
            newline_indent = '\n' + _indent * level
            separator = _item_separator + newline_indent
            buf += newline_indent
        else:
            newline_indent = None
            separator = _item_separator
        first = True
        for value in lst:
            if first:
                first = False
            else:
                buf = separator
            text = _prim(value)
            if text is not None:
                emit(buf + text)
            else:
                emit(buf)
                _value(value, level, emit)
        if newline_indent is not None:
            level -= 1
            emit('\n' + _indent * level)
        emit(']')
        if markers is not None:
            del markers[markerid]

    def _dict(dct, level, emit):
        if not dct:
            emit('{}')
            return
        if markers is not None:
            markerid = id(dct)
            if markerid in markers:
                raise ValueError("Circular reference detected")
            markers[markerid] = dct
        emit('{')
        if _indent is not None:
            level += 1
            newline_indent = '\n' + _indent * level
            item_separator = _item_separator + newline_indent
            emit(newline_indent)
        else:
            newline_indent = None
            item_separator = _item_separator
        first = True
        if _sort_keys:
            items = sorted(dct.items())
        else:
            items = dct.items()
        for key, value in items:
            if isinstance(key, str):
                pass
            elif isinstance(key, float):
                key = _floatstr(key)
            elif key is True:
                key = 'true'
            elif key is False:
                key = 'false'
            elif key is None:
                key = 'null'
            elif isinstance(key, int):
                key = _intstr(key)
            elif _skipkeys:
                continue
            else:
                raise TypeError(f'keys must be str, int, float, bool or None, '
                                f'not {key.__class__.__name__}')
            if first:
                first = False
            else:
                emit(item_separator)
            emit(_encoder(key))
            emit(_key_separator)
            text = _prim(value)
            if text is not None:
                emit(text)
            else:
                _value(value, level, emit)
        if newline_indent is not None:
            level -= 1
            emit('\n' + _indent * level)
        emit('}')
        if markers is not None:
            del markers[markerid]

    def _prim(o):
        if isinstance(o, str):
            return _encoder(o)
        elif o is None:
            return 'null'
        elif o is True:
            return 'true'
        elif o is False:
            return 'false'
        elif isinstance(o, int):
            return _intstr(o)
        elif isinstance(o, float):
            return _floatstr(o)
        return None

    def _value(o, level, emit):
        if isinstance(o, str):
            emit(_encoder(o))
        elif o is None:
            emit('null')
        elif o is True:
            emit('true')
        elif o is False:
            emit('false')
        elif isinstance(o, int):
            emit(_intstr(o))
        elif isinstance(o, float):
            emit(_floatstr(o))
        elif isinstance(o, (list, tuple)):
            _list(o, level, emit)
        elif isinstance(o, dict):
            _dict(o, level, emit)
        else:
            if markers is not None:
                markerid = id(o)
                if markerid in markers:
                    raise ValueError("Circular reference detected")
                markers[markerid] = o
            o = _default(o)
            _value(o, level, emit)
            if markers is not None:
                del markers[markerid]

    return _value
