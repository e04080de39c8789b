"""Python part of the warnings subsystem: issuing, filtering and showing
warnings."""

import sys

__all__ = ["warn", "warn_explicit", "showwarning",
           "formatwarning", "filterwarnings", "simplefilter",
           "resetwarnings", "catch_warnings"]


# ---- a small regular-expression matcher (used when `re` is missing) ----

class _RegexError(Exception):
    pass


class _MiniPattern:
    """Enough of re.Pattern for warning filters: literals, '.', classes,
    escapes, groups, alternation, greedy and lazy quantifiers and the
    anchors ^ $ \\A \\Z; match() anchors at the start like re.match."""

    def __init__(self, pattern, flags=0):
        self.pattern = pattern
        self.flags = flags
        self._icase = bool(flags & 2)
        self._pos = 0
        self._node = self._parse_alt()
        if self._pos != len(pattern):
            raise _RegexError("unbalanced parenthesis")

    def __repr__(self):
        if self._icase:
            return 're.compile(%r, re.IGNORECASE)' % (self.pattern,)
        return 're.compile(%r)' % (self.pattern,)

    def __eq__(self, other):
        if not isinstance(other, _MiniPattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    # -- parsing: nodes are tuples --

    def _peek(self):
        p = self.pattern
        return p[self._pos] if self._pos < len(p) else ''

    def _parse_alt(self):
        branches = [self._parse_seq()]
        while self._peek() == '|':
            self._pos += 1
            branches.append(self._parse_seq())
        if len(branches) == 1:
            return branches[0]
        return ('alt', branches)

    def _parse_seq(self):
        items = []
        while True:
            c = self._peek()
            if c == '' or c in '|)':
                break
            atom = self._parse_atom()
            items.append(self._parse_quant(atom))
        return ('seq', items)

    def _parse_quant(self, atom):
        p = self.pattern
        c = self._peek()
        lo = hi = None
        if c == '*':
            lo, hi = 0, None
        elif c == '+':
            lo, hi = 1, None
        elif c == '?':
            lo, hi = 0, 1
        elif c == '{':
            j = p.find('}', self._pos)
            body = p[self._pos + 1:j] if j > 0 else ''
            parts = body.split(',')
            if (j > 0 and len(parts) <= 2 and all(x.isdigit() or x == '' for x in parts)
                    and (parts[0] != '' or len(parts) == 2)):
                lo = int(parts[0]) if parts[0] else 0
                hi = lo if len(parts) == 1 else (int(parts[1]) if parts[1] else None)
                self._pos = j
            else:
                return atom
        else:
            return atom
        self._pos += 1
        lazy = False
        if self._peek() == '?':
            lazy = True
            self._pos += 1
        return ('rep', atom, lo, hi, lazy)

    def _parse_atom(self):
        p = self.pattern
        c = p[self._pos]
        self._pos += 1
        if c == '.':
            return ('any',)
        if c == '^':
            return ('bol',)
        if c == '$':
            return ('eol',)
        if c == '(':
            if p.startswith('?:', self._pos):
                self._pos += 2
            elif p.startswith('?P<', self._pos):
                self._pos = p.index('>', self._pos) + 1
            elif p.startswith('?', self._pos):
                raise _RegexError("unsupported group")
            node = self._parse_alt()
            if self._peek() != ')':
                raise _RegexError("missing )")
            self._pos += 1
            return node
        if c == '[':
            return self._parse_class()
        if c == '\\':
            return self._parse_escape(False)
        return ('lit', c)

    _CLASSES = {
        'd': (False, (('0', '9'),)),
        'D': (True, (('0', '9'),)),
        's': (False, ((' ', ' '), ('\t', '\r'))),
        'S': (True, ((' ', ' '), ('\t', '\r'))),
        'w': (False, (('a', 'z'), ('A', 'Z'), ('0', '9'), ('_', '_'))),
        'W': (True, (('a', 'z'), ('A', 'Z'), ('0', '9'), ('_', '_'))),
    }
    _SIMPLE_ESCAPES = {'n': '\n', 't': '\t', 'r': '\r', 'f': '\f', 'v': '\v', 'a': '\a'}

    def _parse_escape(self, in_class):
        p = self.pattern
        if self._pos >= len(p):
            raise _RegexError("bad escape (end of pattern)")
        d = p[self._pos]
        self._pos += 1
        if d in self._CLASSES:
            neg, ranges = self._CLASSES[d]
            return ('set', neg, ranges)
        if not in_class:
            if d == 'A':
                return ('bos',)
            if d == 'Z':
                return ('eos',)
            if d == 'b':
                return ('wordb', True)
            if d == 'B':
                return ('wordb', False)
        if d in self._SIMPLE_ESCAPES:
            return ('lit', self._SIMPLE_ESCAPES[d])
        return ('lit', d)

    def _parse_class(self):
        p = self.pattern
        neg = False
        if self._peek() == '^':
            neg = True
            self._pos += 1
        ranges = []
        first = True
        while True:
            if self._pos >= len(p):
                raise _RegexError("unterminated character set")
            c = p[self._pos]
            if c == ']' and not first:
                self._pos += 1
                break
            first = False
            self._pos += 1
            if c == '\\':
                node = self._parse_escape(True)
                if node[0] == 'set':
                    if node[1]:
                        raise _RegexError("unsupported negated class in set")
                    ranges.extend(node[2])
                    continue
                c = node[1]
            if self._peek() == '-' and self._pos + 1 < len(p) and p[self._pos + 1] != ']':
                self._pos += 1
                hi = p[self._pos]
                self._pos += 1
                if hi == '\\':
                    hi = self._parse_escape(True)[1]
                ranges.append((c, hi))
            else:
                ranges.append((c, c))
        return ('set', neg, tuple(ranges))

    # -- matching (backtracking with continuations) --

    def _char_ok(self, node, ch):
        kind = node[0]
        if kind == 'any':
            return ch != '\n'
        if kind == 'lit':
            if self._icase:
                return ch.lower() == node[1].lower()
            return ch == node[1]
        hit = False
        for lo, hi in node[2]:
            if lo <= ch <= hi or (self._icase and (lo <= ch.lower() <= hi or lo <= ch.upper() <= hi)):
                hit = True
                break
        return hit != node[1]

    def _m(self, node, s, i, k):
        kind = node[0]
        if kind in ('lit', 'any', 'set'):
            if i < len(s) and self._char_ok(node, s[i]):
                return k(i + 1)
            return None
        if kind == 'seq':
            return self._seq(node[1], 0, s, i, k)
        if kind == 'alt':
            for b in node[1]:
                r = self._m(b, s, i, k)
                if r is not None:
                    return r
            return None
        if kind == 'rep':
            return self._rep(node, s, i, k, 0)
        if kind == 'bol' or kind == 'bos':
            return k(i) if i == 0 else None
        if kind == 'wordb':
            before = i > 0 and (s[i - 1].isalnum() or s[i - 1] == '_')
            after = i < len(s) and (s[i].isalnum() or s[i] == '_')
            return k(i) if (before != after) == node[1] else None
        if kind == 'eos':
            return k(i) if i == len(s) else None
        if kind == 'eol':
            if i == len(s) or (i == len(s) - 1 and s[i] == '\n'):
                return k(i)
            return None
        return None

    def _seq(self, items, j, s, i, k):
        if j == len(items):
            return k(i)
        return self._m(items[j], s, i, lambda i2: self._seq(items, j + 1, s, i2, k))

    def _rep(self, node, s, i, k, count):
        _, sub, lo, hi, lazy = node

        def more(i2):
            if i2 == i and count >= lo:
                return None
            return self._rep(node, s, i2, k, count + 1)
        can_more = hi is None or count < hi
        if count < lo:
            return self._m(sub, s, i, more)
        if lazy:
            r = k(i)
            if r is None and can_more:
                r = self._m(sub, s, i, more)
            return r
        r = None
        if can_more:
            r = self._m(sub, s, i, more)
        if r is None:
            r = k(i)
        return r

    def match(self, s):
        r = self._m(self._node, s, 0, lambda i: i)
        return True if r is not None else None


def _get_re():
    try:
        import re
    except ImportError:
        return None
    return re


def _compile(pattern, icase=False):
    _re = _get_re()
    if _re is not None:
        return _re.compile(pattern, _re.I) if icase else _re.compile(pattern)
    try:
        return _MiniPattern(pattern, 2 if icase else 0)
    except _RegexError:
        return _LiteralPrefix(pattern, 2 if icase else 0)


class _LiteralPrefix(_MiniPattern):
    """Fallback for patterns the mini matcher cannot parse: a literal prefix."""

    def __init__(self, pattern, flags=0):
        self.pattern = pattern
        self.flags = flags
        self._icase = bool(flags & 2)

    def match(self, s):
        if self._icase:
            return s.lower().startswith(self.pattern.lower()) or None
        return s.startswith(self.pattern) or None


def _escape(s):
    _re = _get_re()
    if _re is not None:
        return _re.escape(s)
    out = []
    for c in s:
        if c.isalnum() or c == '_' or ord(c) >= 128:
            out.append(c)
        else:
            out.append('\\' + c)
    return ''.join(out)


# ---- showing ----

def showwarning(message, category, filename, lineno, file=None, line=None):
    """Hook to write a warning to a file; replace if you like."""
    msg = WarningMessage(message, category, filename, lineno, file, line)
    _showwarnmsg_impl(msg)


def formatwarning(message, category, filename, lineno, line=None):
    """Function to format a warning the standard way."""
    msg = WarningMessage(message, category, filename, lineno, None, line)
    return _formatwarnmsg_impl(msg)


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            return
    text = _formatwarnmsg(msg)
    try:
        file.write(text)
    except OSError:
        pass


def _formatwarnmsg_impl(msg):
    category = msg.category.__name__
    s = f"{msg.filename}:{msg.lineno}: {category}: {msg.message}\n"
    if msg.line is None:
        try:
            import linecache
            line = linecache.getline(msg.filename, msg.lineno)
        except Exception:
            line = None
    else:
        line = msg.line
    if line:
        line = line.strip()
        s += "  %s\n" % line
    if msg.source is not None:
        try:
            import tracemalloc
        except Exception:
            tracing = False
            tb = None
        else:
            try:
                tracing = tracemalloc.is_tracing()
                tb = tracemalloc.get_object_traceback(msg.source)
            except Exception:
                tracing = True
                tb = None
        if tb is not None:
            s += 'Object allocated at (most recent call last):\n'
            for frame in tb:
                s += ('  File "%s", lineno %s\n' % (frame.filename, frame.lineno))
                try:
                    import linecache
                    line = linecache.getline(frame.filename, frame.lineno)
                except Exception:
                    line = None
                if line:
                    line = line.strip()
                    s += '    %s\n' % line
        elif not tracing:
            s += (f'{category}: Enable tracemalloc to get the object '
                  f'allocation traceback\n')
    return s


_showwarning_orig = showwarning


def _showwarnmsg(msg):
    try:
        sw = showwarning
    except NameError:
        pass
    else:
        if sw is not _showwarning_orig:
            if not callable(sw):
                raise TypeError("warnings.showwarning() must be set to a "
                                "function or method")
            sw(msg.message, msg.category, msg.filename, msg.lineno,
               msg.file, msg.line)
            return
    _showwarnmsg_impl(msg)


_formatwarning_orig = formatwarning


def _formatwarnmsg(msg):
    try:
        fw = formatwarning
    except NameError:
        pass
    else:
        if fw is not _formatwarning_orig:
            return fw(msg.message, msg.category,
                      msg.filename, msg.lineno, msg.line)
    return _formatwarnmsg_impl(msg)


# ---- filters ----

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")


def filterwarnings(action, message="", category=Warning, module="", lineno=0,
                   append=False):
    """Insert an entry into the list of warnings filters (at the front)."""
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(message, str), "message must be a string"
    assert isinstance(category, type), "category must be a class"
    assert issubclass(category, Warning), "category must be a Warning subclass"
    assert isinstance(module, str), "module must be a string"
    assert isinstance(lineno, int) and lineno >= 0, \
        "lineno must be an int >= 0"
    message = _compile(message, True) if message else None
    module = _compile(module) if module else None
    _add_filter(action, message, category, module, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Insert a simple entry into the list of warnings filters (at the front)."""
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(lineno, int) and lineno >= 0, \
        "lineno must be an int >= 0"
    _add_filter(action, None, category, None, lineno, append=append)


def _add_filter(*item, append):
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    else:
        if item not in filters:
            filters.append(item)
    _filters_mutated()


def resetwarnings():
    """Clear the list of warning filters, so that no filters are active."""
    filters[:] = []
    _filters_mutated()


class _OptionError(Exception):
    """Exception used by option processing helpers."""
    pass


def _processoptions(args):
    for arg in args:
        try:
            _setoption(arg)
        except _OptionError as msg:
            print("Invalid -W option ignored:", msg, file=sys.stderr)


def _setoption(arg):
    parts = arg.split(':')
    if len(parts) > 5:
        raise _OptionError("too many fields (max 5): %r" % (arg,))
    while len(parts) < 5:
        parts.append('')
    action, message, category, module, lineno = [s.strip() for s in parts]
    action = _getaction(action)
    category = _getcategory(category)
    if message or module:
        pass
    if message:
        message = _escape(message)
    if module:
        module = _escape(module) + r'\Z'
    if lineno:
        try:
            lineno = int(lineno)
            if lineno < 0:
                raise ValueError
        except (ValueError, OverflowError):
            raise _OptionError("invalid lineno %r" % (lineno,)) from None
    else:
        lineno = 0
    filterwarnings(action, message, category, module, lineno)


def _getaction(action):
    if not action:
        return "default"
    if action == "all":
        return "always"
    for a in _ACTIONS:
        if a.startswith(action):
            return a
    raise _OptionError("invalid action: %r" % (action,))


def _getcategory(category):
    if not category:
        return Warning
    if '.' not in category:
        import builtins as m
        klass = category
    else:
        module, _, klass = category.rpartition('.')
        try:
            m = __import__(module, None, None, [klass])
        except ImportError:
            raise _OptionError("invalid module name: %r" % (module,)) from None
    try:
        cat = getattr(m, klass)
    except AttributeError:
        raise _OptionError("unknown warning category: %r" % (category,)) from None
    if not issubclass(cat, Warning):
        raise _OptionError("invalid warning category: %r" % (category,))
    return cat


# ---- issuing ----

def _is_internal_frame(frame):
    filename = frame.f_code.co_filename
    return 'importlib' in filename and '_bootstrap' in filename


def _next_external_frame(frame):
    frame = frame.f_back
    while frame is not None and _is_internal_frame(frame):
        frame = frame.f_back
    return frame


def warn(message, category=None, stacklevel=1, source=None):
    """Issue a warning, or maybe ignore it or raise an exception."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, "
                        "not '{:s}'".format(type(category).__name__))
    try:
        if stacklevel <= 1 or _is_internal_frame(sys._getframe(1)):
            frame = sys._getframe(stacklevel if stacklevel > 1 else 1)
        else:
            frame = sys._getframe(1)
            for x in range(stacklevel - 1):
                frame = _next_external_frame(frame)
                if frame is None:
                    raise ValueError
    except ValueError:
        globals = sys.__dict__
        filename = "sys"
        lineno = 1
    else:
        globals = frame.f_globals
        filename = frame.f_code.co_filename
        lineno = frame.f_lineno
    if '__name__' in globals:
        module = globals['__name__']
    else:
        module = "<string>"
    registry = globals.setdefault("__warningregistry__", {})
    warn_explicit(message, category, filename, lineno, module, registry,
                  globals, source)


def _filter_matches(pat, text):
    if pat is None:
        return True
    if type(pat) is str:
        return pat == text
    return pat.match(text)


def warn_explicit(message, category, filename, lineno,
                  module=None, registry=None, module_globals=None,
                  source=None):
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    if registry is None:
        registry = {}
    if registry.get('version', 0) != _filters_version:
        registry.clear()
        registry['version'] = _filters_version
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return
    for item in filters:
        action, msg, cat, mod, ln = item
        if (_filter_matches(msg, text) and
                issubclass(category, cat) and
                _filter_matches(mod, module) and
                (ln == 0 or lineno == ln)):
            break
    else:
        action = defaultaction
    if action == "ignore":
        return

    import linecache
    linecache.getlines(filename, module_globals)

    if action == "error":
        raise message
    if action == "once":
        registry[key] = 1
        oncekey = (text, category)
        if onceregistry.get(oncekey):
            return
        onceregistry[oncekey] = 1
    elif action == "always":
        pass
    elif action == "module":
        registry[key] = 1
        altkey = (text, category, 0)
        if registry.get(altkey):
            return
        registry[altkey] = 1
    elif action == "default":
        registry[key] = 1
    else:
        raise RuntimeError(
              "Unrecognized action (%r) in warnings.filters:\n %s" %
              (action, item))
    msg = WarningMessage(message, category, filename, lineno, source=source)
    _showwarnmsg(msg)


class WarningMessage(object):

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file",
                        "line", "source")

    def __init__(self, message, category, filename, lineno, file=None,
                 line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, "
                "line : %r}" % (self.message, self._category_name,
                                self.filename, self.lineno, self.line))


class catch_warnings(object):
    """A context manager that copies and restores the warnings filter upon
    exiting the context."""

    def __init__(self, *, record=False, module=None,
                 action=None, category=Warning, lineno=0, append=False):
        self._record = record
        self._module = sys.modules['warnings'] if module is None else module
        self._entered = False
        if action is None:
            self._filter = None
        else:
            self._filter = (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        if self._module is not sys.modules['warnings']:
            args.append("module=%r" % self._module)
        name = type(self).__name__
        return "%s(%s)" % (name, ", ".join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        self._filters = self._module.filters
        self._module.filters = self._filters[:]
        self._module._filters_mutated()
        self._showwarning = self._module.showwarning
        self._showwarnmsg_impl = self._module._showwarnmsg_impl
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []
            self._module._showwarnmsg_impl = log.append
            self._module.showwarning = self._module._showwarning_orig
            return log
        else:
            return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        self._module.filters = self._filters
        self._module._filters_mutated()
        self._module.showwarning = self._showwarning
        self._module._showwarnmsg_impl = self._showwarnmsg_impl


# ---- module state ----

filters = [
    ('default', None, DeprecationWarning, '__main__', 0),
    ('ignore', None, DeprecationWarning, None, 0),
    ('ignore', None, PendingDeprecationWarning, None, 0),
    ('ignore', None, ImportWarning, None, 0),
    ('ignore', None, ResourceWarning, None, 0),
]
defaultaction = "default"
onceregistry = {}
_filters_version = 1


def _filters_mutated():
    global _filters_version
    _filters_version += 1


_warnings_defaults = True

_processoptions(sys.warnoptions)
