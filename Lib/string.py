"""String constants, Template strings and the Formatter class (pyrite
implementation; does not need the re module for the default Template)."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split s on sep (whitespace runs when sep is None), capitalize each
    word and join the words back with sep (a single space when None)."""
    return (sep or ' ').join([word.capitalize() for word in s.split(sep)])


####################################################################
# Template
####################################################################

_DEFAULT_IDPATTERN = r'(?a:[_a-z][_a-z0-9]*)'
_IGNORECASE = 2   # value of re.IGNORECASE
_ID_START = frozenset('_' + ascii_letters)
_ID_CHARS = frozenset('_' + ascii_letters + digits)
_sentinel_dict = {}


class _PatternAttribute:
    # Template.pattern: compiled lazily (needs re) only when asked for.
    def __get__(self, instance, owner):
        owner = owner if owner is not None else type(instance)
        compiled = owner.__dict__.get('_compiled_pattern')
        if compiled is None:
            compiled = _compile_pattern(owner)
            setattr(owner, '_compiled_pattern', compiled)
        return compiled


def _compile_pattern(cls):
    import re
    source = cls.__dict__.get('_pattern_source')
    if source is None:
        delim = re.escape(cls.delimiter)
        id = cls.idpattern
        bid = cls.braceidpattern or cls.idpattern
        source = fr"""
        {delim}(?:
          (?P<escaped>{delim})  |   # escape sequence of two delimiters
          (?P<named>{id})       |   # delimiter and a Python identifier
          {{(?P<braced>{bid})}} |   # delimiter and a braced identifier
          (?P<invalid>)             # other ill-formed delimiter exprs
        )
        """
    if isinstance(source, str):
        return re.compile(source, cls.flags | re.VERBOSE)
    return source


class Template:
    """Template string with $name / ${name} placeholders."""

    delimiter = '$'
    idpattern = _DEFAULT_IDPATTERN
    braceidpattern = None
    flags = _IGNORECASE
    pattern = _PatternAttribute()

    def __init_subclass__(cls):
        super().__init_subclass__()
        if 'pattern' in cls.__dict__:
            # A custom pattern: keep its source, compile it lazily.
            source = cls.__dict__['pattern']
            setattr(cls, '_pattern_source', source)
            setattr(cls, 'pattern', _PatternAttribute())
        else:
            setattr(cls, '_pattern_source', None)
        setattr(cls, '_compiled_pattern', None)
        simple = (cls._pattern_source is None
                  and cls.idpattern == _DEFAULT_IDPATTERN
                  and cls.braceidpattern is None
                  and cls.flags == _IGNORECASE
                  and isinstance(cls.delimiter, str) and cls.delimiter)
        setattr(cls, '_use_scanner', bool(simple))

    def __init__(self, template):
        self.template = template

    # -- placeholder scanning -------------------------------------------

    def _matches(self):
        """Yield (start, end, kind, name) for each placeholder, kind being
        'escaped', 'named', 'braced' or 'invalid' (for which name is the
        position reported in error messages)."""
        cls = type(self)
        if cls.__dict__.get('_use_scanner', cls is Template):
            yield from _scan(self.template, cls.delimiter)
            return
        for mo in self.pattern.finditer(self.template):
            groups = mo.groupdict()
            named = groups.get('named')
            braced = groups.get('braced')
            if named is not None:
                yield mo.start(), mo.end(), 'named', named
            elif braced is not None:
                yield mo.start(), mo.end(), 'braced', braced
            elif groups.get('escaped') is not None:
                yield mo.start(), mo.end(), 'escaped', None
            elif groups.get('invalid') is not None:
                yield mo.start(), mo.end(), 'invalid', mo.start('invalid')
            else:
                raise ValueError('Unrecognized named group in pattern',
                                 self.pattern)

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' %
                         (lineno, colno))

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainLookup(kws, mapping)
        text = self.template
        out = []
        pos = 0
        for start, end, kind, name in self._matches():
            out.append(text[pos:start])
            pos = end
            if kind == 'named' or kind == 'braced':
                out.append(str(mapping[name]))
            elif kind == 'escaped':
                out.append(self.delimiter)
            else:
                self._invalid(name)
        out.append(text[pos:])
        return ''.join(out)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainLookup(kws, mapping)
        text = self.template
        out = []
        pos = 0
        for start, end, kind, name in self._matches():
            out.append(text[pos:start])
            pos = end
            if kind == 'named' or kind == 'braced':
                try:
                    out.append(str(mapping[name]))
                except KeyError:
                    out.append(text[start:end])
            elif kind == 'escaped':
                out.append(self.delimiter)
            else:
                out.append(text[start:end])
        out.append(text[pos:])
        return ''.join(out)

    def is_valid(self):
        for start, end, kind, name in self._matches():
            if kind == 'invalid':
                return False
        return True

    def get_identifiers(self):
        ids = []
        for start, end, kind, name in self._matches():
            if kind in ('named', 'braced') and name not in ids:
                ids.append(name)
        return ids


Template._pattern_source = None
Template._compiled_pattern = None
Template._use_scanner = True


class _ChainLookup:
    # minimal two-level mapping: keyword arguments first, then the mapping
    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        try:
            return self.first[key]
        except KeyError:
            return self.second[key]


def _scan(text, delim):
    """Hand-written equivalent of the default Template pattern."""
    n = len(text)
    dl = len(delim)
    pos = 0
    while True:
        i = text.find(delim, pos)
        if i < 0:
            return
        j = i + dl
        if text.startswith(delim, j):
            yield i, j + dl, 'escaped', None
            pos = j + dl
            continue
        if j < n and text[j] in _ID_START:
            k = j + 1
            while k < n and text[k] in _ID_CHARS:
                k += 1
            yield i, k, 'named', text[j:k]
            pos = k
            continue
        if j < n and text[j] == '{' and j + 1 < n and text[j + 1] in _ID_START:
            k = j + 2
            while k < n and text[k] in _ID_CHARS:
                k += 1
            if k < n and text[k] == '}':
                yield i, k + 1, 'braced', text[j + 1:k]
                pos = k + 1
                continue
        yield i, j, 'invalid', j
        pos = j


####################################################################
# Formatter
####################################################################

def _parse_format(s):
    """Yield (literal_text, field_name, format_spec, conversion) tuples,
    splitting s exactly like str.format does."""
    n = len(s)
    pos = 0
    while pos < n:
        start = pos
        c = ''
        markup = False
        while pos < n:
            c = s[pos]
            pos += 1
            if c == '{' or c == '}':
                markup = True
                break
        at_end = pos >= n
        end = pos
        if c == '}' and markup and (at_end or s[pos] != '}'):
            raise ValueError("Single '}' encountered in format string")
        if markup and at_end and c == '{':
            raise ValueError("Single '{' encountered in format string")
        if markup and not at_end:
            if s[pos] == c:
                # doubled brace: literal text ending with one brace
                pos += 1
                markup = False
            else:
                end -= 1
        literal = s[start:end]
        if not markup:
            yield literal, None, None, None
            continue
        name, spec, conv, pos = _parse_field(s, pos)
        yield literal, name, spec, conv


def _parse_field(s, pos):
    n = len(s)
    name_start = pos
    c = ''
    while pos < n:
        c = s[pos]
        pos += 1
        if c == '{':
            raise ValueError("unexpected '{' in field name")
        if c == '[':
            while pos < n and s[pos] != ']':
                pos += 1
            continue
        if c == '}' or c == ':' or c == '!':
            break
    name = s[name_start:pos - 1]
    if c != '!' and c != ':':
        if c != '}':
            raise ValueError("expected '}' before end of string")
        return name, '', None, pos
    conv = None
    if c == '!':
        if pos >= n:
            raise ValueError("end of string while looking for conversion "
                             "specifier")
        conv = s[pos]
        pos += 1
        if pos < n:
            c = s[pos]
            pos += 1
            if c == '}':
                return name, '', conv, pos
            if c != ':':
                raise ValueError("expected ':' after conversion specifier")
    spec_start = pos
    depth = 1
    while pos < n:
        c = s[pos]
        pos += 1
        if c == '{':
            depth += 1
        elif c == '}':
            depth -= 1
            if depth == 0:
                return name, s[spec_start:pos - 1], conv, pos
    raise ValueError("unmatched '{' in format spec")


def _field_name_split(name):
    """Split 'a.b[c]' into ('a', iterator of (is_attr, key)); errors in the
    rest are raised lazily, while iterating."""
    n = len(name)
    i = 0
    while i < n and name[i] != '.' and name[i] != '[':
        i += 1
    first = name[:i]
    if first and first.isdigit() and first.isascii():
        first = int(first)
    return first, _field_rest(name, i)


def _field_rest(name, i):
    n = len(name)
    while i < n:
        c = name[i]
        i += 1
        if c == '.':
            j = i
            while j < n and name[j] != '.' and name[j] != '[':
                j += 1
            attr = name[i:j]
            i = j
            if not attr:
                raise ValueError("Empty attribute in format string")
            yield True, attr
        elif c == '[':
            j = i
            while j < n and name[j] != ']':
                j += 1
            if j >= n:
                raise ValueError("Missing ']' in format string")
            key = name[i:j]
            i = j + 1
            if i < n and name[i] != '.' and name[i] != '[':
                raise ValueError("Only '.' or '[' may follow ']' in format "
                                 "field specifier")
            if not key:
                raise ValueError("Empty attribute in format string")
            if key.isdigit() and key.isascii():
                key = int(key)
            yield False, key
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format "
                             "field specifier")


class Formatter:
    """Customisable implementation of str.format()."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        pieces = []
        for literal_text, field_name, format_spec, conversion in \
                self.parse(format_string):
            if literal_text:
                pieces.append(literal_text)
            if field_name is None:
                continue
            if field_name == '':
                if auto_arg_index is False:
                    raise ValueError('cannot switch from manual field '
                                     'specification to automatic field '
                                     'numbering')
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    # (CPython 3.11 reports this case with the same message)
                    raise ValueError('cannot switch from manual field '
                                     'specification to automatic field '
                                     'numbering')
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            format_spec, auto_arg_index = self._vformat(
                format_spec, args, kwargs, used_args, recursion_depth - 1,
                auto_arg_index=auto_arg_index)
            pieces.append(self.format_field(obj, format_spec))
        return ''.join(pieces), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _field_name_split(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, key in rest:
            if is_attr:
                obj = getattr(obj, key)
            else:
                obj = obj[key]
        return obj, first
