"""Support for regular expressions (RE).

pyrite's own implementation: a parser (re._parser) and a backtracking
matcher (re._compiler), following Python 3.11's syntax and behaviour.
"""

import enum
import sys as _sys
from . import _parser
from . import _compiler
from ._parser import error

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "template", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]

__version__ = "2.2.1"


@enum.global_enum
class RegexFlag(enum.IntFlag, boundary=enum.KEEP):
    NOFLAG = 0
    ASCII = A = _parser.FLAG_A
    IGNORECASE = I = _parser.FLAG_I
    LOCALE = L = _parser.FLAG_L
    UNICODE = U = _parser.FLAG_U
    MULTILINE = M = _parser.FLAG_M
    DOTALL = S = _parser.FLAG_S
    VERBOSE = X = _parser.FLAG_X
    TEMPLATE = T = _parser.FLAG_T
    DEBUG = _parser.FLAG_DEBUG
    __str__ = object.__str__
    _numeric_repr_ = hex


NOFLAG = RegexFlag.NOFLAG
ASCII = A = RegexFlag.ASCII
IGNORECASE = I = RegexFlag.IGNORECASE
LOCALE = L = RegexFlag.LOCALE
UNICODE = U = RegexFlag.UNICODE
MULTILINE = M = RegexFlag.MULTILINE
DOTALL = S = RegexFlag.DOTALL
VERBOSE = X = RegexFlag.VERBOSE
TEMPLATE = T = RegexFlag.TEMPLATE
DEBUG = RegexFlag.DEBUG

_MAXCACHE = 512
_ANCHORED = object()
_cache = {}

_DEEP = 150000


_depth_state = [0, 0]   # active matchers, recursion limit to restore


def _deep():
    st = _depth_state
    if st[0] == 0:
        old = _sys.getrecursionlimit()
        if old < _DEEP:
            st[1] = old
            _sys.setrecursionlimit(_DEEP)
        else:
            st[1] = 0
    st[0] += 1


def _undeep():
    st = _depth_state
    st[0] -= 1
    if st[0] <= 0:
        st[0] = 0
        if st[1]:
            _sys.setrecursionlimit(st[1])
            st[1] = 0


def _subject(pattern, string):
    """Convert the subject to the str the matcher works on."""
    if pattern._isbytes:
        if isinstance(string, str):
            raise TypeError('cannot use a bytes pattern on a string-like object')
        try:
            return bytes(memoryview(string)).decode('latin-1')
        except TypeError:
            raise TypeError("expected string or bytes-like object, got %r"
                            % type(string).__name__) from None
    if isinstance(string, str):
        return str(string)
    if isinstance(string, (bytes, bytearray, memoryview)):
        raise TypeError('cannot use a string pattern on a bytes-like object')
    raise TypeError("expected string or bytes-like object, got %r"
                    % type(string).__name__)


def _norm(string):
    t = type(string)
    if t is str or t is bytes:
        return string
    if isinstance(string, str):
        return str(string)
    return bytes(string)


def _idx(v):
    if type(v) is int:
        return v
    try:
        f = type(v).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(v).__name__) from None
    return f(v)


def _norm_pos(pos, endpos, n):
    pos = _idx(pos)
    endpos = _idx(endpos)
    if pos < 0:
        pos = 0
    elif pos > n:
        pos = n
    if endpos < 0:
        endpos = 0
    elif endpos > n:
        endpos = n
    return pos, endpos


class Pattern:
    __slots__ = ('pattern', 'flags', 'groups', '_groupindex', '_m',
                 '_isbytes', '_prefix', '_first', '__weakref__')

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 're.Pattern' instances")

    def _init(self, pattern, flags, groups, groupindex, m, isbytes, prefix):
        st = object.__setattr__
        st(self, 'pattern', pattern)
        st(self, 'flags', flags)
        st(self, 'groups', groups)
        st(self, '_groupindex', groupindex)
        st(self, '_m', m)
        st(self, '_isbytes', isbytes)
        st(self, '_prefix', prefix)
        st(self, '_first', None)
        return self

    def __setattr__(self, name, value):
        if name in ('pattern', 'flags', 'groups', 'groupindex'):
            raise AttributeError('readonly attribute')
        raise AttributeError("'re.Pattern' object has no attribute %r" % name)

    @property
    def groupindex(self):
        import types
        return types.MappingProxyType(dict(self._groupindex))

    def __repr__(self):
        flags = self.flags
        names = []
        if not self._isbytes:
            flags &= ~_parser.FLAG_U
        for name, v in (('TEMPLATE', 1), ('IGNORECASE', 2), ('LOCALE', 4),
                        ('MULTILINE', 8), ('DOTALL', 16), ('UNICODE', 32),
                        ('VERBOSE', 64), ('DEBUG', 128), ('ASCII', 256)):
            if flags & v:
                names.append('re.' + name)
                flags &= ~v
        if flags:
            names.append(hex(flags))
        pr = repr(self.pattern)[:200]
        if names:
            return 're.compile(%s, %s)' % (pr, '|'.join(names))
        return 're.compile(%s)' % pr

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return (self.pattern == other.pattern and self.flags == other.flags
                and self._isbytes == other._isbytes)

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        return (_compile, (self.pattern, self.flags))

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    # --- core
    def _run(self, s, pos, endpos, mode, forbid=-1):
        """mode 0 match, 1 fullmatch, 2 search. Returns (ctx, start, end)."""
        if endpos < len(s):
            s = s[:endpos]
        n = len(s)
        c = _compiler.Ctx(s, n, self.groups + 1)
        m = self._m
        if mode == 1:
            def k(j):
                return j if j == n and j != forbid else None
        elif forbid >= 0:
            def k(j):
                return j if j != forbid else None
        else:
            k = _compiler._succ
        _deep()
        try:
            if mode != 2:
                if pos > n:
                    return None
                forbid_here = forbid
                r = m(c, pos, k)
                if r is not None:
                    return c, pos, r
                return None
            prefix = self._prefix
            fp = self._first
            i = pos
            while i <= n:
                if prefix:
                    i = s.find(prefix, i)
                    if i < 0:
                        return None
                elif fp is _ANCHORED:
                    if i > 0:
                        return None
                elif fp is not None:
                    while i < n and not fp(s[i]):
                        i += 1
                    if i >= n:
                        return None
                if forbid >= 0 and i != forbid:
                    k = _compiler._succ
                r = m(c, i, k)
                if r is not None:
                    return c, i, r
                i += 1
            return None
        finally:
            _undeep()

    def _make(self, string, res, pos, endpos):
        c, start, end = res
        marks = c.marks
        marks[0] = start
        marks[1] = end
        return object.__new__(Match)._init(self, string, pos, endpos, marks, c.last)

    def _prep(self, string, pos, endpos):
        s = _subject(self, string)
        pos, endpos = _norm_pos(pos, endpos, len(s))
        return s, pos, endpos

    def match(self, string, pos=0, endpos=_sys.maxsize):
        s, pos, endpos = self._prep(string, pos, endpos)
        r = self._run(s, pos, endpos, 0)
        return None if r is None else self._make(string, r, pos, endpos)

    def fullmatch(self, string, pos=0, endpos=_sys.maxsize):
        s, pos, endpos = self._prep(string, pos, endpos)
        r = self._run(s, pos, endpos, 1)
        return None if r is None else self._make(string, r, pos, endpos)

    def search(self, string, pos=0, endpos=_sys.maxsize):
        s, pos, endpos = self._prep(string, pos, endpos)
        r = self._run(s, pos, endpos, 2)
        return None if r is None else self._make(string, r, pos, endpos)

    def _iter(self, string, pos=0, endpos=_sys.maxsize):
        s, pos, endpos = self._prep(string, pos, endpos)
        i = pos
        forbid = -1
        while i <= endpos:
            r = self._run(s, i, endpos, 2, forbid)
            if r is None:
                return
            m = self._make(string, r, pos, endpos)
            yield m
            st, en = r[1], r[2]
            i = en
            forbid = en if st == en else -1

    def finditer(self, string, pos=0, endpos=_sys.maxsize):
        _subject(self, string)
        return self._iter(string, pos, endpos)

    def findall(self, string, pos=0, endpos=_sys.maxsize):
        out = []
        g = self.groups
        for m in self._iter(string, pos, endpos):
            if g == 0:
                out.append(m.group(0))
            elif g == 1:
                out.append(m._get(1, m._empty()))
            else:
                e = m._empty()
                out.append(tuple(m._get(x, e) for x in range(1, g + 1)))
        return out

    def split(self, string, maxsplit=0):
        s = _subject(self, string)
        maxsplit = _idx(maxsplit)
        string = _norm(string)
        if maxsplit < 0:
            return [string]
        out = []
        last = 0
        count = 0
        for m in self._iter(string):
            if maxsplit > 0 and count >= maxsplit:
                break
            st, en = m.span()
            out.append(string[last:st])
            out.extend(m.groups())
            last = en
            count += 1
        out.append(string[last:])
        return out

    def subn(self, repl, string, count=0):
        return self._subx(repl, string, count)

    def sub(self, repl, string, count=0):
        return self._subx(repl, string, count)[0]

    def _subx(self, repl, string, count):
        if callable(repl):
            fn = repl
        else:
            tpl = _compile_template(self, repl)
            if len(tpl) == 1 and isinstance(tpl[0], (str, bytes)):
                lit = tpl[0]
                fn = lambda m: lit
            else:
                fn = lambda m: _expand_template(tpl, m)
        _subject(self, string)
        count = _idx(count)
        orig = string
        string = _norm(string)
        if count < 0:
            if type(orig) is str:
                return orig, 0
            count = -1
        pieces = []
        last = 0
        n = 0
        for m in self._iter(string):
            if count and n >= count:
                break
            st, en = m.span()
            if st > last:
                pieces.append(string[last:st])
            r = fn(m)
            if r is not None:
                pieces.append(r)
            last = en
            n += 1
        if n == 0 and type(orig) is str:
            return orig, 0
        if last < len(string):
            pieces.append(string[last:])
        if self._isbytes:
            return b''.join(pieces), n
        return ''.join(pieces), n

    def scanner(self, string, pos=0, endpos=_sys.maxsize):
        return _Scanner(self, string, pos, endpos)


class _Scanner:
    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self._string = string
        self._s, self._pos, self._endpos = pattern._prep(string, pos, endpos)
        self._start = self._pos
        self._forbid = -1

    def _next(self, mode):
        p = self.pattern
        if self._pos > self._endpos:
            return None
        r = p._run(self._s, self._pos, self._endpos, mode, self._forbid)
        if r is None:
            return None
        st, en = r[1], r[2]
        self._pos = en
        self._forbid = en if st == en else -1
        return p._make(self._string, r, self._start, self._endpos)

    def match(self):
        return self._next(0)

    def search(self):
        return self._next(2)


class Match:
    __slots__ = ('re', 'string', 'pos', 'endpos', '_marks', 'lastindex', '_src')

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 're.Match' instances")

    def _init(self, pattern, string, pos, endpos, marks, last):
        st = object.__setattr__
        st(self, 're', pattern)
        st(self, 'string', string)
        t = type(string)
        if t is str or t is bytes:
            st(self, '_src', string)
        elif isinstance(string, str):
            st(self, '_src', str(string))
        else:
            st(self, '_src', bytes(string))
        st(self, 'pos', pos)
        st(self, 'endpos', endpos)
        st(self, '_marks', marks)
        st(self, 'lastindex', last if last > 0 else None)
        return self

    def __setattr__(self, name, value):
        if name in ('re', 'string', 'pos', 'endpos', 'lastindex', 'lastgroup', 'regs'):
            raise AttributeError('readonly attribute')
        raise AttributeError("'re.Match' object has no attribute %r" % name)

    def _empty(self):
        return self._src[:0]

    def _index(self, g):
        if isinstance(g, int) and not isinstance(g, bool) or hasattr(g, '__index__') and not isinstance(g, (str, bytes)):
            try:
                g = g.__index__()
            except Exception:
                raise IndexError('no such group') from None
            if 0 <= g <= self.re.groups:
                return g
            raise IndexError('no such group')
        if isinstance(g, str):
            gi = self.re._groupindex.get(g)
            if gi is not None:
                return gi
        raise IndexError('no such group')

    def _get(self, g, default=None):
        a = self._marks[2 * g]
        b = self._marks[2 * g + 1]
        if a < 0 or b < 0:
            return default
        return self._src[a:b]

    def group(self, *args):
        if not args:
            return self._get(0)
        if len(args) == 1:
            return self._get(self._index(args[0]))
        return tuple(self._get(self._index(a)) for a in args)

    def __getitem__(self, g):
        return self._get(self._index(g))

    def groups(self, default=None):
        return tuple(self._get(g, default) for g in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        return {name: self._get(g, default)
                for name, g in self.re._groupindex.items()}

    def start(self, group=0):
        g = self._index(group)
        a, b = self._marks[2 * g], self._marks[2 * g + 1]
        return a if b >= 0 else -1

    def end(self, group=0):
        g = self._index(group)
        a, b = self._marks[2 * g], self._marks[2 * g + 1]
        return b if a >= 0 else -1

    def span(self, group=0):
        g = self._index(group)
        a, b = self._marks[2 * g], self._marks[2 * g + 1]
        if a < 0 or b < 0:
            return (-1, -1)
        return (a, b)

    @property
    def regs(self):
        return tuple(self.span(g) for g in range(self.re.groups + 1))

    @property
    def lastgroup(self):
        if self.lastindex is None:
            return None
        for name, g in self.re._groupindex.items():
            if g == self.lastindex:
                return name
        return None

    def expand(self, template):
        return _expand_template(_compile_template(self.re, template), self)

    def __repr__(self):
        return '<re.Match object; span=%r, match=%s>' % (
            self.span(), repr(self.group(0))[:50])

    def __bool__(self):
        return True

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


Pattern.__module__ = 're'
Match.__module__ = 're'


# ---- templates --------------------------------------------------------------

def _compile_template(pattern, repl):
    """List of literal pieces and group numbers."""
    if isinstance(repl, str):
        src = repl
        isbytes = False
    else:
        try:
            src = bytes(memoryview(repl)).decode('latin-1')
        except TypeError:
            raise TypeError("decoding to str: need a bytes-like object, %s found"
                            % type(repl).__name__) from None
        isbytes = True

    n = len(src)
    k = 0
    while k < n and src[n - 1 - k] == '\\':
        k += 1
    trailing = n - 1 if k % 2 else None

    def err(msg, pos):
        if trailing is not None and i >= trailing:
            return error('bad escape (end of pattern)', repl, trailing)
        return error(msg, repl, pos)

    out = []
    lit = []
    i = 0
    groups = pattern.groups
    while i < n:
        ch = src[i]
        if ch != '\\':
            lit.append(ch)
            i += 1
            continue
        start = i
        i += 1
        if i >= n:
            raise err('bad escape (end of pattern)', start)
        c = src[i]
        i += 1
        g = None
        if c == 'g':
            if i >= n or src[i] != '<':
                raise err('missing <', i)
            j = src.find('>', i + 1)
            if j < 0:
                if i + 1 >= n:
                    raise err('missing group name', i + 1)
                raise err('missing >, unterminated name', i + 1)
            name = src[i + 1:j]
            if not name:
                raise err('missing group name', i + 1)
            npos = i + 1
            i = j + 1
            if name.isdigit() and name.isascii():
                g = int(name)
                if g >= 2 ** 31:
                    raise err('invalid group reference %d' % g, npos)
            else:
                if not name.isidentifier():
                    raise err('bad character in group name %r' % name, npos)
                if isbytes and not name.isascii():
                    _parser._warn('bad character in group name %s at position %d'
                                  % (repr(name.encode('latin-1'))[1:], npos),
                                  DeprecationWarning)
                g = pattern._groupindex.get(name)
                if g is None:
                    if trailing is not None and i >= trailing:
                        raise err('', 0)
                    raise IndexError('unknown group name %r' % name)
            if g > groups:
                raise err('invalid group reference %d' % g, npos)
        elif c == '0':
            digits = c
            while len(digits) < 3 and i < n and src[i] in '01234567':
                digits += src[i]
                i += 1
            lit.append(chr(int(digits, 8)))
            continue
        elif c in '0123456789':
            digits = c
            if i < n and src[i] in '0123456789':
                digits += src[i]
                i += 1
                if (digits[0] in '01234567' and digits[1] in '01234567'
                        and i < n and src[i] in '01234567'):
                    digits += src[i]
                    i += 1
                    v = int(digits, 8)
                    if v > 0o377:
                        raise err('octal escape value \\%s outside of range 0-0o377'
                                  % digits, start)
                    lit.append(chr(v))
                    continue
            g = int(digits)
            if g > groups:
                raise err('invalid group reference %d' % g, start + 1)
        elif c in _parser._SIMPLE_ESC:
            lit.append(_parser._SIMPLE_ESC[c])
            continue
        elif c == 'b':
            lit.append('\b')
            continue
        elif c in _parser._ASCII_LETTERS:
            raise err('bad escape \\%s' % c, start)
        else:
            lit.append('\\' + c)
            continue
        if lit:
            out.append(''.join(lit))
            lit = []
        out.append(g)
    if lit:
        out.append(''.join(lit))
    if isbytes:
        out = [x.encode('latin-1') if isinstance(x, str) else x for x in out]
    if not out:
        out = [b'' if isbytes else '']
    return out


def _expand_template(tpl, m):
    empty = m._empty()
    if isinstance(empty, (bytearray, memoryview)):
        empty = b''
    parts = []
    for x in tpl:
        if isinstance(x, int):
            v = m._get(x)
            if v is not None:
                parts.append(v)
        else:
            parts.append(x)
    return empty.join(parts)


# ---- module functions -------------------------------------------------------

def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = flags.value
    elif type(flags) is not int:
        if not isinstance(flags, int):
            raise TypeError("unsupported operand type(s) for &: '%s' and 'RegexFlag'"
                            % type(flags).__name__)
        flags = int(flags)
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    key = (type(pattern), pattern, flags)
    try:
        return _cache[key]
    except (KeyError, TypeError):
        pass
    p = _do_compile(pattern, flags)
    if not (flags & DEBUG):
        if len(_cache) >= _MAXCACHE:
            try:
                del _cache[next(iter(_cache))]
            except (StopIteration, RuntimeError, KeyError):
                pass
        _cache[key] = p
    return p


def _do_compile(pattern, flags):
    if isinstance(pattern, str):
        isbytes = False
    elif isinstance(pattern, (bytes, bytearray, memoryview)):
        isbytes = True
    else:
        raise TypeError("first argument must be string or compiled pattern")
    flags = int(flags)
    if isbytes:
        if flags & _parser.FLAG_U:
            raise ValueError("cannot use UNICODE flag with a bytes pattern")
        if flags & _parser.FLAG_L and flags & _parser.FLAG_A:
            raise ValueError("ASCII and LOCALE flags are incompatible")
    else:
        if flags & _parser.FLAG_L:
            raise ValueError("cannot use LOCALE flag with a str pattern")
        if flags & _parser.FLAG_A and flags & _parser.FLAG_U:
            raise ValueError("ASCII and UNICODE flags are incompatible")
    ps, node = _parser.parse(pattern, flags)
    fl = ps.flags
    if fl & _parser.FLAG_A and fl & _parser.FLAG_U:
        raise ValueError("ASCII and UNICODE flags are incompatible")
    if fl & _parser.FLAG_A and fl & _parser.FLAG_L:
        raise ValueError("ASCII and LOCALE flags are incompatible")
    if not isbytes and not (fl & _parser.FLAG_A):
        fl |= _parser.FLAG_U
    m = _compiler.comp(node)
    prefix = _compiler.literal_prefix(node)
    p = object.__new__(Pattern)._init(pattern, fl, ps.groups - 1, dict(ps.names), m,
                                      isbytes, prefix)
    first = node[1][0] if node[0] == 'cat' and node[1] else node
    if first[0] == 'at' and first[1] in ('bol', 'A'):
        object.__setattr__(p, '_first', _ANCHORED)
    elif not prefix:
        object.__setattr__(p, '_first', _compiler.first_pred(node))
    return p


def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """Scan through string looking for a match to the pattern, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """Return the string obtained by replacing the leftmost
    non-overlapping occurrences of the pattern in string by the
    replacement repl."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """Return a 2-tuple containing (new_string, number)."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """Split the source string by the occurrences of the pattern,
    returning a list containing the resulting substrings."""
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """Return a list of all non-overlapping matches in the string."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """Return an iterator over all non-overlapping matches in the
    string."""
    return _compile(pattern, flags).finditer(string)


def purge():
    "Clear the regular expression caches"
    _cache.clear()


def template(pattern, flags=0):
    "Compile a template pattern, returning a Pattern object, deprecated"
    import warnings
    warnings.warn("The re.template() function is deprecated "
                  "as it is an undocumented function "
                  "without an obvious purpose. "
                  "Use re.compile() instead.",
                  DeprecationWarning)
    return _compile(pattern, flags | TEMPLATE)


_special_chars_map = {i: '\\' + chr(i) for i in b'()[]{}?*+-|^$\\.&~# \t\n\r\v\f'}


def escape(pattern):
    """Escape special characters in a string."""
    if isinstance(pattern, str):
        return pattern.translate(_special_chars_map)
    else:
        pattern = str(pattern, 'latin1')
        return pattern.translate(_special_chars_map).encode('latin1')


def _pickle(p):
    return _compile, (p.pattern, p.flags)


class Scanner:
    def __init__(self, lexicon, flags=0):
        self.lexicon = lexicon
        self._pats = [(_compile(phrase, flags), action) for phrase, action in lexicon]
        try:
            self.scanner = _compile('|'.join('(?:%s)' % phrase for phrase, action in lexicon), flags)
        except Exception:
            self.scanner = None

    def scan(self, string):
        result = []
        i = 0
        n = len(string)
        while True:
            best = None
            for p, action in self._pats:
                m = p.match(string, i)
                if m is not None:
                    best = (m, action)
                    break
            if best is None:
                break
            m, action = best
            j = m.end()
            if j == i:
                break
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                result.append(action)
            i = j
        return result, string[i:]
