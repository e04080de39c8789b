"""Implementation of JSONDecoder (pyrite: hand-written scanner)."""

__all__ = ['JSONDecoder', 'JSONDecodeError']

try:
    from _pyrite_json import decode as _native_decode
except ImportError:
    _native_decode = None

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')

_WS = ' \t\n\r'
_DIGITS = '0123456789'
_HEX = '0123456789abcdefABCDEF'


class JSONDecodeError(ValueError):
    """Subclass of ValueError with the following additional properties:

    msg: The unformatted error message
    doc: The JSON document being parsed
    pos: The start index of doc where parsing failed
    lineno: The line corresponding to pos
    colno: The column corresponding to pos

    """
    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


_CONSTANTS = {
    '-Infinity': NegInf,
    'Infinity': PosInf,
    'NaN': NaN,
}

_default_constant = _CONSTANTS.__getitem__

BACKSLASH = {
    '"': '"', '\\': '\\', '/': '/',
    'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t',
}


def _hex4(s, pos):
    # pos indexes the 'u'
    esc = s[pos + 1:pos + 5]
    if len(esc) == 4:
        for c in esc:
            if c not in _HEX:
                break
        else:
            return int(esc, 16)
    raise JSONDecodeError("Invalid \\uXXXX escape", s, pos)


def py_scanstring(s, end, strict=True):
    """Scan the string s for a JSON string. End is the index of the
    character in s after the quote that started the JSON string.
    Returns a tuple of the decoded string and the index of the character
    in s after the end quote."""
    n = len(s)
    if end < 0 or end > n:
        raise ValueError("end is out of bounds")
    chunks = []
    append = chunks.append
    begin = end - 1
    find = s.find
    while True:
        q = find('"', end)
        b = find('\\', end, q if q >= 0 else n)
        stop = b if b >= 0 else q
        if stop < 0:
            stop = n
        chunk = s[end:stop]
        if chunk and not chunk.isprintable():
            for i, c in enumerate(chunk):
                if c <= '\x1f':
                    if strict:
                        raise JSONDecodeError("Invalid control character at", s, end + i)
        if stop == n:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        if chunk:
            append(chunk)
        if b < 0:
            end = q + 1
            break
        end = b + 1
        if end == n:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        esc = s[end]
        if esc != 'u':
            try:
                char = BACKSLASH[esc]
            except KeyError:
                raise JSONDecodeError("Invalid \\escape", s, end - 1) from None
            end += 1
        else:
            if end + 5 >= n:
                raise JSONDecodeError("Invalid \\uXXXX escape", s, end)
            uni = _hex4(s, end)
            end += 5
            if 0xd800 <= uni <= 0xdbff and end + 6 < n and s[end] == '\\' and s[end + 1] == 'u':
                uni2 = _hex4(s, end + 1)
                if 0xdc00 <= uni2 <= 0xdfff:
                    uni = 0x10000 + (((uni - 0xd800) << 10) | (uni2 - 0xdc00))
                    end += 6
            char = chr(uni)
        append(char)
    return ''.join(chunks), end


scanstring = py_scanstring


def _skip_ws(s, idx, n):
    while idx < n and s[idx] in _WS:
        idx += 1
    return idx


class _Scanner:
    def __init__(self, context):
        self.strict = context.strict
        self.object_hook = context.object_hook
        self.object_pairs_hook = context.object_pairs_hook
        self.parse_float = context.parse_float
        self.parse_int = context.parse_int
        self.parse_constant = context.parse_constant
        self.memo = {}

    def __call__(self, string, idx):
        try:
            return self._scan(string, idx)
        finally:
            self.memo.clear()

    def _value(self, s, idx):
        try:
            return self._scan(s, idx)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None

    def _scan(self, s, idx):
        n = len(s)
        if idx < 0:
            raise StopIteration(idx)
        if idx >= n:
            raise StopIteration(idx)
        c = s[idx]
        if c == '"':
            return py_scanstring(s, idx + 1, self.strict)
        if c == '{':
            return self._object(s, idx + 1, n)
        if c == '[':
            return self._array(s, idx + 1, n)
        if c == 'n' and s[idx:idx + 4] == 'null':
            return None, idx + 4
        if c == 't' and s[idx:idx + 4] == 'true':
            return True, idx + 4
        if c == 'f' and s[idx:idx + 5] == 'false':
            return False, idx + 5
        if c == 'N' and s[idx:idx + 3] == 'NaN':
            return self.parse_constant('NaN'), idx + 3
        if c == 'I' and s[idx:idx + 8] == 'Infinity':
            return self.parse_constant('Infinity'), idx + 8
        if c == '-' and s[idx:idx + 9] == '-Infinity':
            return self.parse_constant('-Infinity'), idx + 9
        # number
        i = idx
        if c == '-':
            i += 1
            if i >= n:
                raise StopIteration(idx)
        c = s[i]
        if c == '0':
            i += 1
        elif '1' <= c <= '9':
            i += 1
            while i < n and '0' <= s[i] <= '9':
                i += 1
        else:
            raise StopIteration(idx)
        is_float = False
        if i + 1 < n and s[i] == '.' and '0' <= s[i + 1] <= '9':
            i += 2
            while i < n and '0' <= s[i] <= '9':
                i += 1
            is_float = True
        if i < n and s[i] in 'eE':
            j = i + 1
            if j < n and s[j] in '+-':
                j += 1
            if j < n and '0' <= s[j] <= '9':
                j += 1
                while j < n and '0' <= s[j] <= '9':
                    j += 1
                i = j
                is_float = True
        text = s[idx:i]
        if is_float:
            return self.parse_float(text), i
        return self.parse_int(text), i

    def _object(self, s, idx, n):
        pairs = []
        memo = self.memo
        idx = _skip_ws(s, idx, n)
        if idx >= n or s[idx] != '}':
            while True:
                if idx >= n or s[idx] != '"':
                    raise JSONDecodeError(
                        "Expecting property name enclosed in double quotes", s, idx)
                key, idx = py_scanstring(s, idx + 1, self.strict)
                key = memo.setdefault(key, key)
                idx = _skip_ws(s, idx, n)
                if idx >= n or s[idx] != ':':
                    raise JSONDecodeError("Expecting ':' delimiter", s, idx)
                idx = _skip_ws(s, idx + 1, n)
                value, idx = self._value(s, idx)
                pairs.append((key, value))
                idx = _skip_ws(s, idx, n)
                if idx < n and s[idx] == '}':
                    break
                if idx >= n or s[idx] != ',':
                    raise JSONDecodeError("Expecting ',' delimiter", s, idx)
                idx = _skip_ws(s, idx + 1, n)
        idx += 1
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs), idx
        d = dict(pairs)
        if self.object_hook is not None:
            d = self.object_hook(d)
        return d, idx

    def _array(self, s, idx, n):
        values = []
        idx = _skip_ws(s, idx, n)
        if idx >= n or s[idx] != ']':
            while True:
                value, idx = self._value(s, idx)
                values.append(value)
                idx = _skip_ws(s, idx, n)
                if idx < n and s[idx] == ']':
                    break
                if idx >= n or s[idx] != ',':
                    raise JSONDecodeError("Expecting ',' delimiter", s, idx)
                idx = _skip_ws(s, idx + 1, n)
        return values, idx + 1


def make_scanner(context):
    return _Scanner(context)


class JSONDecoder(object):
    """Simple JSON <https://json.org> decoder

    Performs the following translations in decoding by default:

    +---------------+-------------------+
    | JSON          | Python            |
    +===============+===================+
    | object        | dict              |
    +---------------+-------------------+
    | array         | list              |
    +---------------+-------------------+
    | string        | str               |
    +---------------+-------------------+
    | number (int)  | int               |
    +---------------+-------------------+
    | number (real) | float             |
    +---------------+-------------------+
    | true          | True              |
    +---------------+-------------------+
    | false         | False             |
    +---------------+-------------------+
    | null          | None              |
    +---------------+-------------------+

    It also understands ``NaN``, ``Infinity``, and ``-Infinity`` as
    their corresponding ``float`` values, which is outside the JSON spec.

    """

    def __init__(self, *, object_hook=None, parse_float=None,
            parse_int=None, parse_constant=None, strict=True,
            object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _default_constant
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.parse_object = None
        self.parse_array = None
        self.parse_string = scanstring
        self.memo = {}
        self.scan_once = make_scanner(self)

    def decode(self, s, _w=None):
        """Return the Python representation of ``s`` (a ``str`` instance
        containing a JSON document).

        """
        if (_native_decode is not None and isinstance(s, str)
                and type(self).raw_decode is JSONDecoder.raw_decode
                and type(self.scan_once) is _Scanner
                and self.scan_once.object_hook is self.object_hook
                and self.scan_once.object_pairs_hook is self.object_pairs_hook
                and self.scan_once.parse_float is self.parse_float
                and self.scan_once.parse_int is self.parse_int
                and self.scan_once.parse_constant is self.parse_constant):
            pf = self.parse_float
            pi = self.parse_int
            pc = self.parse_constant
            return _native_decode(
                s, _skip_ws(s, 0, len(s)), self.strict, JSONDecodeError,
                self.object_hook, self.object_pairs_hook,
                None if pf is float else pf, None if pi is int else pi,
                None if pc is _default_constant else pc)
        obj, end = self.raw_decode(s, idx=_skip_ws(s, 0, len(s)))
        end = _skip_ws(s, end, len(s))
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode a JSON document from ``s`` (a ``str`` beginning with
        a JSON document) and return a 2-tuple of the Python
        representation and the index in ``s`` where the document ended.

        This can be used to decode a JSON document from a string that may
        have extraneous data at the end.

        """
        if idx < 0:
            raise ValueError('idx cannot be negative')
        try:
            obj, end = self.scan_once(s, idx)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None
        return obj, end
