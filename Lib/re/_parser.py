"""Regular expression parser for pyrite's re module.

Turns a pattern string into a small tree of tuples:

  ('lit', ch, ic, asc)          one character (ic: ignore case)
  ('any', dotall)               '.'
  ('set', neg, chars, ranges, cats, ic, asc)
  ('cat', [nodes])              sequence
  ('alt', [nodes])              alternation
  ('group', gid or None, node)
  ('rep', min, max or None, mode, node)   mode 0 greedy, 1 lazy, 2 possessive
  ('atomic', node)
  ('look', behind, neg, node)
  ('bref', gid, ic, asc)
  ('cond', gid, yes, no)
  ('at', kind)                  bol bolm eol eolm A Z b B (+ 'a' suffix for ASCII \\b)
"""

FLAG_T = 1
FLAG_I = 2
FLAG_L = 4
FLAG_M = 8
FLAG_S = 16
FLAG_U = 32
FLAG_X = 64
FLAG_DEBUG = 128
FLAG_A = 256

MAXREPEAT = 4294967295
MAXGROUPS = 1073741823

_INLINE = {'i': FLAG_I, 'L': FLAG_L, 'm': FLAG_M, 's': FLAG_S,
           'x': FLAG_X, 'a': FLAG_A, 'u': FLAG_U}

_DIGITS = '0123456789'
_OCT = '01234567'
_HEX = '0123456789abcdefABCDEF'
_ASCII_LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
_WS = ' \t\n\r\v\f'
_SIMPLE_ESC = {'a': '\a', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t',
               'v': '\v', '\\': '\\'}


class error(Exception):
    """Exception raised for invalid regular expressions."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            if isinstance(pattern, str):
                newline = '\n'
            else:
                newline = b'\n'
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


error.__module__ = 're'


# ---- character categories -------------------------------------------------

def _digit_u(ch):
    return ch.isdecimal()


def _digit_a(ch):
    return '0' <= ch <= '9'


def _space_u(ch):
    return ch.isspace()


def _space_a(ch):
    return ch in ' \t\n\r\f\v'


def _word_u(ch):
    return ch.isalnum() or ch == '_'


def _word_a(ch):
    return ch < '\x80' and (ch.isalnum() or ch == '_')


def category(letter, asc):
    """Return (predicate, negated) for \\d \\s \\w and uppercase versions."""
    low = letter.lower()
    if low == 'd':
        f = _digit_a if asc else _digit_u
    elif low == 's':
        f = _space_a if asc else _space_u
    else:
        f = _word_a if asc else _word_u
    return f, letter.isupper()


def _warn(msg, category=FutureWarning):
    import sys
    import warnings
    f = sys._getframe(0)
    level = 1
    while f is not None:
        name = f.f_globals.get('__name__', '')
        if name != 're' and not name.startswith('re.'):
            break
        f = f.f_back
        level += 1
    warnings.warn(msg, category, stacklevel=level)


def _is_identifier(name):
    return name.isidentifier()


class Parser:
    def __init__(self, pattern, flags):
        self.orig = pattern
        if isinstance(pattern, str):
            self.isbytes = False
            self.p = pattern
        else:
            self.isbytes = True
            self.p = bytes(pattern).decode('latin-1')
        self.n = len(self.p)
        self.i = 0
        self.flags = flags
        self.groups = 1          # next group number is self.groups
        self.names = {}
        self.open = set()
        self.refpos = {}         # group number -> pos, checked at the end
        self.lookbehind_groups = None
        self.gwidth = {}
        k = 0
        while k < self.n and self.p[self.n - 1 - k] == '\\':
            k += 1
        self.trailing = self.n - 1 if k % 2 else None
        self.bad_lookbehind = False

    def err(self, msg, pos):
        t = self.trailing
        if t is not None and self.i >= t:
            return error('bad escape (end of pattern)', self.orig, t)
        return error(msg, self.orig, pos)

    def token_at(self, j):
        """The token starting at j: one character, or a backslash pair."""
        if self.p[j] == '\\':
            if j + 1 >= self.n:
                raise error('bad escape (end of pattern)', self.orig, j)
            return self.p[j:j + 2]
        return self.p[j]

    # --- helpers
    def asc(self):
        return bool(self.flags & (FLAG_A | FLAG_L)) or self.isbytes

    def ic(self):
        return bool(self.flags & FLAG_I)

    def parse(self):
        node = self.parse_alt(top=True)
        if self.i < self.n:
            if self.p[self.i] == ')':
                raise self.err('unbalanced parenthesis', self.i)
            raise self.err('internal error', self.i)
        for g, pos in self.refpos.items():
            if g >= self.groups:
                raise self.err('invalid group reference %d' % g, pos)
        if self.bad_lookbehind:
            raise error('look-behind requires fixed-width pattern')
        return node

    def parse_alt(self, top=False):
        branches = [self.parse_seq(top)]
        while self.i < self.n and self.p[self.i] == '|':
            self.i += 1
            branches.append(self.parse_seq(False))
        if len(branches) == 1:
            return branches[0]
        return ('alt', branches)

    def parse_seq(self, top=False):
        items = []
        p = self.p
        n = self.n
        while self.i < n:
            ch = p[self.i]
            if ch == '|' or ch == ')':
                break
            if self.flags & FLAG_X:
                if ch in _WS:
                    self.i += 1
                    continue
                if ch == '#':
                    while self.i < n and p[self.i] != '\n':
                        self.i += len(self.token_at(self.i))
                    continue
            start = self.i
            if ch in '*+?{':
                if ch == '{':
                    r = self.parse_brace()
                    if r is None:
                        items.append(('lit', '{', self.ic(), self.asc()))
                        self.i = start + 1
                        continue
                    mn, mx = r
                else:
                    self.i += 1
                    if ch == '*':
                        mn, mx = 0, None
                    elif ch == '+':
                        mn, mx = 1, None
                    else:
                        mn, mx = 0, 1
                if not items or items[-1][0] == 'at':
                    raise self.err('nothing to repeat', start)
                if items[-1][0] == 'rep':
                    raise self.err('multiple repeat', start)
                mode = 0
                if self.i < n and p[self.i] == '?':
                    mode = 1
                    self.i += 1
                elif self.i < n and p[self.i] == '+':
                    mode = 2
                    self.i += 1
                items[-1] = ('rep', mn, mx, mode, items[-1])
                continue
            if ch == '.':
                self.i += 1
                items.append(('any', bool(self.flags & FLAG_S)))
            elif ch == '^':
                self.i += 1
                items.append(('at', 'bolm' if self.flags & FLAG_M else 'bol'))
            elif ch == '$':
                self.i += 1
                items.append(('at', 'eolm' if self.flags & FLAG_M else 'eol'))
            elif ch == '[':
                items.append(self.parse_class())
            elif ch == '(':
                node = self.parse_group(top and not items)
                if node is not None:
                    items.append(node)
            elif ch == '\\':
                items.append(self.parse_escape())
            else:
                self.i += 1
                items.append(('lit', ch, self.ic(), self.asc()))
        if len(items) == 1:
            return items[0]
        return ('cat', items)

    def parse_brace(self):
        p = self.p
        n = self.n
        j = self.i + 1
        if j < n and p[j] == '}':
            return None
        lo = ''
        while j < n and p[j] in _DIGITS:
            lo += p[j]
            j += 1
        if j < n and p[j] == ',':
            j += 1
            hi = ''
            while j < n and p[j] in _DIGITS:
                hi += p[j]
                j += 1
        else:
            hi = lo
        if j >= n or p[j] != '}':
            return None
        j += 1
        here = self.i
        mn = 0
        mx = None
        if lo:
            mn = int(lo)
            if mn >= MAXREPEAT:
                raise OverflowError('the repetition number is too large')
        if hi:
            mx = int(hi)
            if mx >= MAXREPEAT:
                raise OverflowError('the repetition number is too large')
            if mx < mn:
                raise self.err('min repeat greater than max repeat', here + 1)
        self.i = j
        return mn, mx

    # --- escapes
    def _hex_escape(self, start, c, count):
        p = self.p
        j = self.i
        digits = ''
        while len(digits) < count and j < self.n and p[j] in _HEX:
            digits += p[j]
            j += 1
        if len(digits) != count:
            raise self.err('incomplete escape \\%s%s' % (c, digits), start)
        self.i = j
        v = int(digits, 16)
        if c == 'U' and v > 0x10FFFF:
            raise self.err('bad escape \\%s%s' % (c, digits), start)
        return chr(v)

    def _named_char(self, start):
        p = self.p
        if self.i >= self.n or p[self.i] != '{':
            raise self.err('missing {', self.i)
        j = p.find('}', self.i + 1)
        if j == self.i + 1 or self.i + 1 >= self.n:
            raise self.err('missing character name', self.i + 1)
        if j < 0:
            raise self.err('missing }, unterminated name', self.i + 1)
        name = p[self.i + 1:j]
        try:
            import unicodedata
            ch = unicodedata.lookup(name)
            if len(ch) != 1:
                raise KeyError(name)
        except (KeyError, ImportError):
            raise self.err('undefined character name %r' % name, start) from None
        self.i = j + 1
        return ch

    def parse_common_escape(self, start, c, in_class):
        """Escapes shared by patterns and classes; returns a char or None."""
        if c in _SIMPLE_ESC:
            return _SIMPLE_ESC[c]
        if c == 'x':
            return self._hex_escape(start, 'x', 2)
        if not self.isbytes:
            if c == 'u':
                return self._hex_escape(start, 'u', 4)
            if c == 'U':
                return self._hex_escape(start, 'U', 8)
            if c == 'N':
                return self._named_char(start)
        return None

    def parse_escape(self):
        p = self.p
        start = self.i
        self.i += 1
        if self.i >= self.n:
            raise self.err('bad escape (end of pattern)', start)
        c = p[self.i]
        self.i += 1
        ch = self.parse_common_escape(start, c, False)
        if ch is not None:
            return ('lit', ch, self.ic(), self.asc())
        if c in 'dDsSwW':
            f, neg = category(c, self.asc())
            return ('set', False, frozenset(), (), ((f, neg),), False, self.asc())
        if c == 'A':
            return ('at', 'A')
        if c == 'Z':
            return ('at', 'Z')
        if c == 'b':
            return ('at', 'ba' if self.asc() else 'b')
        if c == 'B':
            return ('at', 'Ba' if self.asc() else 'B')
        if c == '0':
            digits = ''
            while len(digits) < 2 and self.i < self.n and p[self.i] in _OCT:
                digits += p[self.i]
                self.i += 1
            return ('lit', chr(int(digits or '0', 8)), self.ic(), self.asc())
        if c in _DIGITS:
            digits = c
            if self.i < self.n and p[self.i] in _DIGITS:
                digits += p[self.i]
                self.i += 1
                if (digits[0] in _OCT and digits[1] in _OCT and self.i < self.n
                        and p[self.i] in _OCT):
                    digits += p[self.i]
                    self.i += 1
                    v = int(digits, 8)
                    if v > 0o377:
                        raise self.err('octal escape value \\%s outside of '
                                       'range 0-0o377' % digits, start)
                    return ('lit', chr(v), self.ic(), self.asc())
            g = int(digits)
            if g < self.groups:
                if g in self.open:
                    raise self.err('cannot refer to an open group', start)
                self.check_lookbehind_ref(g)
                return ('bref', g, self.ic(), self.asc())
            raise self.err('invalid group reference %d' % g, start + 1)
        if c in _ASCII_LETTERS:
            raise self.err('bad escape \\%s' % c, start)
        return ('lit', c, self.ic(), self.asc())

    def parse_class_item(self):
        """Returns ('c', ch, text) or ('k', (f, neg), text)."""
        p = self.p
        start = self.i
        c = p[self.i]
        if c != '\\':
            self.i += 1
            return ('c', c, c)
        self.i += 1
        if self.i >= self.n:
            raise self.err('bad escape (end of pattern)', start)
        c = p[self.i]
        self.i += 1
        ch = self.parse_common_escape(start, c, True)
        if ch is None:
            if c in 'dDsSwW':
                return ('k', category(c, self.asc()), p[start:self.i])
            if c == 'b':
                ch = '\b'
            elif c in _OCT:
                digits = c
                while len(digits) < 3 and self.i < self.n and p[self.i] in _OCT:
                    digits += p[self.i]
                    self.i += 1
                v = int(digits, 8)
                if v > 0o377:
                    raise self.err('octal escape value \\%s outside of '
                                   'range 0-0o377' % digits, start)
                ch = chr(v)
            elif c in _DIGITS or c in _ASCII_LETTERS:
                raise self.err('bad escape \\%s' % c, start)
            else:
                ch = c
        return ('c', ch, p[start:self.i])

    def parse_class(self):
        p = self.p
        n = self.n
        start = self.i
        self.i += 1
        neg = False
        if self.i < n and p[self.i] == '[':
            _warn('Possible nested set at position %d' % self.i)
        if self.i < n and p[self.i] == '^':
            neg = True
            self.i += 1
        chars = set()
        ranges = []
        cats = []
        first = True
        while True:
            if self.i >= n:
                raise self.err('unterminated character set', start)
            c = p[self.i]
            if c == ']' and not first:
                self.i += 1
                break
            if (not first and c in '-&~|' and self.i + 1 < n and p[self.i + 1] == c):
                _warn('Possible set %s at position %d' % (
                    {'-': 'difference', '&': 'intersection',
                     '~': 'symmetric difference', '|': 'union'}[c], self.i))
            first = False
            istart = self.i
            a = self.parse_class_item()
            if self.i + 1 < n and p[self.i] == '-' and p[self.i + 1] != ']':
                self.i += 1
                if p[self.i] == '-':
                    _warn('Possible set difference at position %d' % (self.i - 1))
                b = self.parse_class_item()
                if a[0] != 'c' or b[0] != 'c':
                    raise self.err('bad character range %s-%s' % (a[2], b[2]), istart)
                if a[1] > b[1]:
                    raise self.err('bad character range %s-%s' % (a[2], b[2]), istart)
                ranges.append((a[1], b[1]))
            elif self.i + 1 >= n and self.i < n and p[self.i] == '-':
                raise self.err('unterminated character set', start)
            else:
                if a[0] == 'c':
                    chars.add(a[1])
                else:
                    cats.append(a[1])
        return ('set', neg, frozenset(chars), tuple(ranges), tuple(cats),
                self.ic(), self.asc())

    def check_name(self, name, pos):
        if not _is_identifier(name):
            raise self.err('bad character in group name %r' % name, pos)
        if self.isbytes and not name.isascii():
            _warn('bad character in group name %s at position %d'
                  % (repr(name.encode('latin-1'))[1:], pos), DeprecationWarning)

    def check_lookbehind_ref(self, g):
        if self.lookbehind_groups is not None and g >= self.lookbehind_groups:
            raise self.err('cannot refer to group defined in the same '
                           'lookbehind subpattern', self.i)

    # --- groups
    def expect_close(self, start):
        if self.i >= self.n or self.p[self.i] != ')':
            raise self.err('missing ), unterminated subpattern', start)
        self.i += 1

    def read_name(self, term, what_start):
        p = self.p
        j = self.i
        while j < self.n and p[j] != term:
            j += len(self.token_at(j))
        if j >= self.n:
            j = -1
        if j < 0:
            if self.i >= self.n:
                raise self.err('missing group name', self.i)
            raise self.err('missing %s, unterminated name' % term, self.i)
        name = p[self.i:j]
        if not name:
            raise self.err('missing group name', self.i)
        pos = self.i
        self.i = j + 1
        return name, pos

    def new_group(self, name=None, pos=None):
        gid = self.groups
        if name is not None:
            if name in self.names:
                raise self.err('redefinition of group name %r as group %d; '
                               'was group %d' % (name, gid, self.names[name]), pos)
            self.names[name] = gid
        self.groups += 1
        if self.groups > MAXGROUPS:
            raise self.err('too many groups', pos)
        return gid

    def capture(self, gid, start):
        self.open.add(gid)
        node = self.parse_alt()
        self.expect_close(start)
        self.open.discard(gid)
        self.gwidth[gid] = width(node, self.gwidth)
        return ('group', gid, node)

    def parse_group(self, at_start):
        p = self.p
        n = self.n
        start = self.i
        self.i += 1
        if self.i >= n or p[self.i] != '?':
            gid = self.new_group()
            return self.capture(gid, start)
        self.i += 1
        if self.i >= n:
            raise self.err('unexpected end of pattern', self.i)
        c = p[self.i]
        self.i += 1
        if c == ':':
            node = self.parse_alt()
            self.expect_close(start)
            return ('group', None, node)
        if c == 'P':
            if self.i >= n:
                raise self.err('unexpected end of pattern', self.i)
            d = p[self.i]
            self.i += 1
            if d == '<':
                name, pos = self.read_name('>', start)
                self.check_name(name, pos)
                gid = self.new_group(name, pos)
                return self.capture(gid, start)
            if d == '=':
                name, pos = self.read_name(')', start)
                self.check_name(name, pos)
                gid = self.names.get(name)
                if gid is None:
                    raise self.err('unknown group name %r' % name, pos)
                if gid in self.open:
                    raise self.err('cannot refer to an open group', pos)
                self.check_lookbehind_ref(gid)
                return ('bref', gid, self.ic(), self.asc())
            raise self.err('unknown extension ?P' + self.token_at(self.i - 1), start + 1)
        if c == '=' or c == '!':
            node = self.parse_alt()
            self.expect_close(start)
            return ('look', False, c == '!', node)
        if c == '<':
            if self.i >= n:
                raise self.err('unexpected end of pattern', self.i)
            d = p[self.i]
            self.i += 1
            if d != '=' and d != '!':
                raise self.err('unknown extension ?<' + self.token_at(self.i - 1), start + 1)
            saved_lb = self.lookbehind_groups
            if saved_lb is None:
                self.lookbehind_groups = self.groups
            node = self.parse_alt()
            self.lookbehind_groups = saved_lb
            self.expect_close(start)
            lo, hi = width(node, self.gwidth)
            if lo != hi:
                self.bad_lookbehind = True
            return ('look', True, d == '!', node, lo)
        if c == '#':
            j = self.i
            while j < n and p[j] != ')':
                j += len(self.token_at(j))
            if j >= n:
                raise self.err('missing ), unterminated comment', start)
            self.i = j + 1
            return None
        if c == '(':
            name, pos = self.read_name(')', start)
            if name.isdigit() and name.isascii():
                gid = int(name)
                if gid == 0:
                    raise self.err('bad group number', pos)
                if gid >= MAXGROUPS:
                    raise self.err('invalid group reference %d' % gid, pos)
                if gid not in self.refpos:
                    self.refpos[gid] = pos
            else:
                self.check_name(name, pos)
                gid = self.names.get(name)
                if gid is None:
                    raise self.err('unknown group name %r' % name, pos)
            if self.lookbehind_groups is not None:
                if gid >= self.groups or gid in self.open:
                    raise self.err('cannot refer to an open group', self.i)
                self.check_lookbehind_ref(gid)
            yes = self.parse_seq()
            no = None
            if self.i < n and p[self.i] == '|':
                self.i += 1
                no = self.parse_seq()
                if self.i < n and p[self.i] == '|':
                    raise self.err('conditional backref with more than two branches', self.i)
            self.expect_close(start)
            return ('cond', gid, yes, no)
        if c == '>':
            node = self.parse_alt()
            self.expect_close(start)
            return ('atomic', node)
        if c in _INLINE or c == '-':
            self.i -= 1
            return self.parse_flags(start, at_start)
        raise self.err('unknown extension ?' + self.token_at(self.i - 1), start + 1)

    def parse_flags(self, start, at_start):
        p = self.p
        n = self.n
        add = 0
        sub = 0
        while self.i < n and p[self.i] in _INLINE:
            c = p[self.i]
            f = _INLINE[c]
            if c == 'L' and not self.isbytes:
                raise self.err("bad inline flags: cannot use 'L' flag with a str pattern", self.i + 1)
            if c == 'u' and self.isbytes:
                raise self.err("bad inline flags: cannot use 'u' flag with a bytes pattern", self.i + 1)
            add |= f
            if (add & (FLAG_A | FLAG_L | FLAG_U)) and bin(add & (FLAG_A | FLAG_L | FLAG_U)).count('1') > 1:
                raise self.err("bad inline flags: flags 'a', 'u' and 'L' are incompatible", self.i + 1)
            self.i += 1
        if self.i >= n:
            raise self.err('missing -, : or )', self.i)
        c = p[self.i]
        if c == ')':
            self.i += 1
            if not at_start:
                raise self.err('global flags not at the start of the expression', start)
            if (add & FLAG_A and self.flags & (FLAG_U | FLAG_L)) or \
                    (add & FLAG_U and self.flags & (FLAG_A | FLAG_L)):
                pass
            self.flags |= add
            return None
        if c == '-':
            self.i += 1
            if self.i >= n:
                raise self.err('missing flag', self.i)
            while self.i < n and p[self.i] in _INLINE:
                c = p[self.i]
                if c in 'aLu':
                    raise self.err("bad inline flags: cannot turn off flags 'a', 'u' and 'L'", self.i + 1)
                sub |= _INLINE[c]
                self.i += 1
            if sub == 0:
                if self.i < n and p[self.i].isalpha():
                    raise self.err('unknown flag', self.i)
                raise self.err('missing flag', self.i)
            if self.i >= n:
                raise self.err('missing :', self.i)
            c = p[self.i]
            if c != ':':
                if c.isalpha():
                    raise self.err('unknown flag', self.i)
                raise self.err('missing :', self.i)
            if add & sub:
                raise self.err("bad inline flags: flag turned on and off", self.i)
        elif c != ':':
            if c.isalpha():
                raise self.err('unknown flag', self.i)
            raise self.err('missing -, : or )', self.i)
        self.i += 1
        saved = self.flags
        nf = (self.flags | add) & ~sub
        if add & (FLAG_A | FLAG_L | FLAG_U):
            nf &= ~(FLAG_A | FLAG_L | FLAG_U)
            nf |= add & (FLAG_A | FLAG_L | FLAG_U)
        self.flags = nf
        node = self.parse_alt()
        self.flags = saved
        self.expect_close(start)
        return ('group', None, node)


def width(node, gw=None):
    """(min, max) width of a node; max None if unbounded."""
    t = node[0]
    if t in ('lit', 'any', 'set'):
        return 1, 1
    if t in ('at', 'look'):
        return 0, 0
    if t == 'cat':
        lo = 0
        hi = 0
        for x in node[1]:
            a, b = width(x, gw)
            lo += a
            hi = None if hi is None or b is None else hi + b
        return lo, hi
    if t == 'alt':
        lo = None
        hi = 0
        for x in node[1]:
            a, b = width(x, gw)
            lo = a if lo is None else min(lo, a)
            hi = None if hi is None or b is None else max(hi, b)
        return lo, hi
    if t == 'group':
        return width(node[2], gw)
    if t == 'atomic':
        return width(node[1], gw)
    if t == 'rep':
        a, b = width(node[4], gw)
        lo = a * node[1]
        if node[2] is None:
            hi = None if b != 0 else 0
        else:
            hi = None if b is None else b * node[2]
        return lo, hi
    if t == 'bref':
        if gw is not None and node[1] in gw:
            return gw[node[1]]
        return 0, None
    if t == 'cond':
        a, b = width(node[2], gw)
        if node[3] is None:
            c, d = 0, 0
        else:
            c, d = width(node[3], gw)
        return min(a, c), (None if b is None or d is None else max(b, d))
    return 0, None


def parse(pattern, flags):
    ps = Parser(pattern, flags)
    node = ps.parse()
    return ps, node
