"""Filename matching with shell patterns.

fnmatch(FILENAME, PATTERN) matches according to the local convention;
fnmatchcase(FILENAME, PATTERN) always takes case into account.  Patterns
are Unix shell style: * matches everything, ? matches any single
character, [seq] matches any character in seq, [!seq] any character not
in seq.  translate() gives the equivalent regular expression text."""

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]


def _normcase(s):
    if not isinstance(s, (str, bytes)):
        fspath = getattr(type(s), '__fspath__', None)
        if fspath is None:
            raise TypeError("expected str, bytes or os.PathLike object, not "
                            + type(s).__name__)
        s = fspath(s)
    return s


def fnmatch(name, pat):
    """Test whether FILENAME matches PATTERN."""
    name = _normcase(name)
    pat = _normcase(pat)
    return fnmatchcase(name, pat)


_cache = {}
_CACHE_MAX = 32768


def _compile_pattern(pat):
    key = (type(pat), pat)
    m = _cache.get(key)
    if m is None:
        if isinstance(pat, bytes):
            tokens = _tokenize(str(pat, 'ISO-8859-1'))
            m = _Matcher(tokens, True)
        else:
            m = _Matcher(_tokenize(pat), False)
        if len(_cache) >= _CACHE_MAX:
            _cache.clear()
        _cache[key] = m
    return m


def filter(names, pat):
    """Construct a list from those elements of the iterable NAMES that match PAT."""
    result = []
    pat = _normcase(pat)
    match = _compile_pattern(pat)
    for name in names:
        if match(name):
            result.append(name)
    return result


def fnmatchcase(name, pat):
    """Test whether FILENAME matches PATTERN, including case."""
    match = _compile_pattern(pat)
    return match(name) is not None


# ---- translation to regular-expression text ----

_SPECIAL = '()[]{}?*+-|^$\\.&~# \t\n\r\v\f'


def _re_escape(c):
    if c in _SPECIAL:
        return '\\' + c
    return c


_STAR = object()
def _bracket(pat, i, n):
    """Parse a [...] set whose '[' is at i-1; return (stuff, next_index) or
    (None, i) when the bracket is not closed.  stuff is the text of a
    regular-expression class body (before escaping of && ~~ ||)."""
    j = i
    if j < n and pat[j] == '!':
        j = j + 1
    if j < n and pat[j] == ']':
        j = j + 1
    while j < n and pat[j] != ']':
        j = j + 1
    if j >= n:
        return None, i
    stuff = pat[i:j]
    if '-' not in stuff:
        stuff = stuff.replace('\\', r'\\')
    else:
        chunks = []
        k = i + 2 if pat[i] == '!' else i + 1
        while True:
            k = pat.find('-', k, j)
            if k < 0:
                break
            chunks.append(pat[i:k])
            i = k + 1
            k = k + 3
        chunk = pat[i:j]
        if chunk:
            chunks.append(chunk)
        else:
            chunks[-1] += '-'
        for k in range(len(chunks) - 1, 0, -1):
            if chunks[k - 1][-1] > chunks[k][0]:
                chunks[k - 1] = chunks[k - 1][:-1] + chunks[k][1:]
                del chunks[k]
        stuff = '-'.join(s.replace('\\', r'\\').replace('-', r'\-')
                         for s in chunks)
    return stuff, j + 1


def _escape_setops(stuff):
    return ''.join('\\' + c if c in '&~|' else c for c in stuff)


def _pieces(pat):
    """Yield the pieces of a pattern: _STAR, or (regex_text, matcher)."""
    res = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i = i + 1
        if c == '*':
            if (not res) or res[-1] is not _STAR:
                res.append(_STAR)
        elif c == '?':
            res.append(('.', ('any',)))
        elif c == '[':
            stuff, i2 = _bracket(pat, i, n)
            if stuff is None:
                res.append(('\\[', ('lit', '[')))
            else:
                i = i2
                stuff = _escape_setops(stuff)
                if not stuff:
                    res.append(('(?!)', ('never',)))
                elif stuff == '!':
                    res.append(('.', ('any',)))
                else:
                    if stuff[0] == '!':
                        stuff = '^' + stuff[1:]
                    elif stuff[0] in ('^', '['):
                        stuff = '\\' + stuff
                    res.append(('[%s]' % stuff, _class_matcher(stuff)))
        else:
            res.append((_re_escape(c), ('lit', c)))
    return res


def translate(pat):
    """Translate a shell PATTERN to a regular expression."""
    inp = _pieces(pat)
    res = []
    add = res.append
    i, n = 0, len(inp)
    while i < n and inp[i] is not _STAR:
        add(inp[i][0])
        i += 1
    while i < n:
        i += 1
        if i == n:
            add(".*")
            break
        fixed = []
        while i < n and inp[i] is not _STAR:
            fixed.append(inp[i][0])
            i += 1
        fixed = "".join(fixed)
        if i == n:
            add(".*")
            add(fixed)
        else:
            add(f"(?>.*?{fixed})")
    res = "".join(res)
    return fr'(?s:{res})\Z'


# ---- matching ----

def _class_matcher(body):
    """A matcher for a regex class body (with escapes and ranges)."""
    neg = False
    i = 0
    if body.startswith('^'):
        neg = True
        i = 1
    items = []
    n = len(body)
    while i < n:
        c = body[i]
        if c == '\\' and i + 1 < n:
            c = body[i + 1]
            i += 2
        else:
            i += 1
        if i + 1 < n and body[i] == '-':
            hi = body[i + 1]
            if hi == '\\' and i + 2 < n:
                hi = body[i + 2]
                i += 3
            else:
                i += 2
            items.append((c, hi))
        else:
            items.append((c, c))
    return ('set', neg, tuple(items))


def _token_matches(tok, ch):
    kind = tok[0]
    if kind == 'lit':
        return ch == tok[1]
    if kind == 'any':
        return True
    if kind == 'never':
        return False
    hit = False
    for lo, hi in tok[2]:
        if lo <= ch <= hi:
            hit = True
            break
    return hit != tok[1]


def _tokenize(pat):
    return [p if p is _STAR else p[1] for p in _pieces(pat)]


class _Matcher:
    __slots__ = ('tokens', 'is_bytes')

    def __init__(self, tokens, is_bytes):
        self.tokens = tokens
        self.is_bytes = is_bytes

    def __call__(self, name):
        if self.is_bytes:
            if not isinstance(name, (bytes, bytearray)):
                raise TypeError("cannot use a bytes pattern on a string-like object")
            name = str(bytes(name), 'ISO-8859-1')
        else:
            if not isinstance(name, str):
                if isinstance(name, (bytes, bytearray)):
                    raise TypeError("cannot use a string pattern on a bytes-like object")
                raise TypeError("expected string or bytes-like object, got %r"
                                % type(name).__name__)
        return True if _match(self.tokens, name) else None


def _match(tokens, s):
    ti = 0
    si = 0
    nt = len(tokens)
    ns = len(s)
    star_ti = -1
    star_si = 0
    while si < ns:
        if ti < nt and tokens[ti] is not _STAR and _token_matches(tokens[ti], s[si]):
            ti += 1
            si += 1
        elif ti < nt and tokens[ti] is _STAR:
            star_ti = ti
            star_si = si
            ti += 1
        elif star_ti >= 0:
            ti = star_ti + 1
            star_si += 1
            si = star_si
        else:
            return False
    while ti < nt and tokens[ti] is _STAR:
        ti += 1
    return ti == nt
