"""Text wrapping and filling (pyrite implementation, no re needed)."""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

# Only ASCII whitespace counts here (like CPython's textwrap).
_whitespace = '\t\n\x0b\x0c\r '
_WS = frozenset(_whitespace)


def _is_word(c):
    # regex \w for str patterns
    return c.isalnum() or c == '_'


def _is_letter(c):
    # regex [^\d\W]: word characters that are not decimal digits
    return (c.isalnum() or c == '_') and not c.isdecimal()


def _is_word_punct(c):
    # regex [\w!"'&.,?]
    return _is_word(c) or c in '!"\'&.,?'


def _dashes_then_word(text, i):
    # regex -{2,}\w matched at position i
    n = len(text)
    j = i
    while j < n and text[j] == '-':
        j += 1
    return j - i >= 2 and j < n and _is_word(text[j])


def _split_words(text):
    """Split text into whitespace runs, words, hyphenated-word pieces and
    em-dashes, the way TextWrapper does when break_on_hyphens is true."""
    chunks = []
    n = len(text)
    p = 0
    while p < n:
        c = text[p]
        if c in _WS:
            e = p + 1
            while e < n and text[e] in _WS:
                e += 1
            chunks.append(text[p:e])
            p = e
            continue
        # an em-dash right after a word: "--" (or more) followed by a word char
        if c == '-' and p > 0 and _is_word_punct(text[p - 1]):
            e = p
            while e < n and text[e] == '-':
                e += 1
            if e - p >= 2 and e < n and _is_word(text[e]):
                chunks.append(text[p:e])
                p = e
                continue
        # a word: the shortest run of non-space characters ending at a
        # hyphen between letters, before whitespace/end, or before an em-dash
        e = p + 1
        while True:
            if e < n and text[e] == '-' and _hyphen_break(text, e):
                e += 1
                break
            if e >= n or text[e] in _WS:
                break
            if _is_word_punct(text[e - 1]) and _dashes_then_word(text, e):
                break
            e += 1
        chunks.append(text[p:e])
        p = e
    return chunks


def _hyphen_break(text, h):
    """Can a word be broken after the hyphen at text[h]?"""
    n = len(text)
    # before: two letters, or letter-hyphen-letter
    before = (h >= 2 and _is_letter(text[h - 2]) and _is_letter(text[h - 1])) or \
             (h >= 3 and _is_letter(text[h - 3]) and text[h - 2] == '-'
              and _is_letter(text[h - 1]))
    if not before:
        return False
    # after: letter, optional hyphen, letter
    a = h + 1
    if a >= n or not _is_letter(text[a]):
        return False
    if a + 1 < n and text[a + 1] == '-' and a + 2 < n and _is_letter(text[a + 2]):
        return True
    return a + 1 < n and _is_letter(text[a + 1])


def _split_simple(text):
    # split into alternating runs of whitespace and non-whitespace
    chunks = []
    n = len(text)
    p = 0
    while p < n:
        ws = text[p] in _WS
        e = p + 1
        while e < n and (text[e] in _WS) == ws:
            e += 1
        chunks.append(text[p:e])
        p = e
    return chunks


def _sentence_end(chunk):
    # regex [a-z][\.\!\?][\"\']?\Z
    if chunk and chunk[-1] in '"\'':
        chunk = chunk[:-1]
    return (len(chunk) >= 2 and chunk[-1] in '.!?'
            and 'a' <= chunk[-2] <= 'z')


class _LazyRegex:
    """Class attribute compiled with re on first access only (the wrapping
    code itself does not need re).  Subclasses may override the attribute
    with their own compiled pattern; it is then used for splitting."""

    def __init__(self, build):
        self.build = build
        self.compiled = None

    def __get__(self, instance, owner=None):
        if self.compiled is None:
            self.compiled = self.build()
        return self.compiled


def _build_wordsep_re():
    import re
    ws = '[%s]' % re.escape(_whitespace)
    nws = '[^' + ws[1:]
    word_punct = r'[\w!"\'&.,?]'
    letter = r'[^\d\W]'
    return re.compile(r"""
        ( # a run of whitespace
          %(ws)s+
        | # an em-dash (two or more hyphens) right after a word
          (?<=%(wp)s) -{2,} (?=\w)
        | # the shortest run of non-whitespace that ends...
          %(nws)s+? (?:
              # ...with a hyphen between letters
              -(?: (?<=%(lt)s{2}-) | (?<=%(lt)s-%(lt)s-))
              (?= %(lt)s -? %(lt)s)
            | # ...before whitespace or the end of the text
              (?=%(ws)s|\Z)
            | # ...before an em-dash
              (?<=%(wp)s) (?=-{2,}\w)
            )
        )""" % {'ws': ws, 'nws': nws, 'wp': word_punct, 'lt': letter}, re.VERBOSE)


def _build_wordsep_simple_re():
    import re
    return re.compile(r'([%s]+)' % re.escape(_whitespace))


def _build_sentence_end_re():
    import re
    return re.compile(r'[a-z]'             # lowercase letter
                      r'[\.\!\?]'          # sentence-ending punctuation
                      r'[\"\']?'           # optional closing quote
                      r'\Z')               # at the end of the chunk


_DEFAULT_WORDSEP = _LazyRegex(_build_wordsep_re)
_DEFAULT_WORDSEP_SIMPLE = _LazyRegex(_build_wordsep_simple_re)
_DEFAULT_SENTENCE_END = _LazyRegex(_build_sentence_end_re)


def _overridden(obj, name, default):
    # Has obj (or its class) replaced the default regex attribute `name`?
    if name in getattr(obj, '__dict__', ()):
        return True
    for klass in type(obj).__mro__:
        if name in klass.__dict__:
            return klass.__dict__[name] is not default
    return False


class TextWrapper:
    """Object for wrapping/filling text.  The public interface consists of
    the wrap() and fill() methods; the instance attributes (width,
    initial_indent, subsequent_indent, expand_tabs, replace_whitespace,
    fix_sentence_endings, break_long_words, drop_whitespace,
    break_on_hyphens, tabsize, max_lines, placeholder) control wrapping."""

    unicode_whitespace_trans = dict.fromkeys(map(ord, _whitespace), ord(' '))

    wordsep_re = _DEFAULT_WORDSEP
    wordsep_simple_re = _DEFAULT_WORDSEP_SIMPLE
    sentence_end_re = _DEFAULT_SENTENCE_END

    def __init__(self,
                 width=70,
                 initial_indent="",
                 subsequent_indent="",
                 expand_tabs=True,
                 replace_whitespace=True,
                 fix_sentence_endings=False,
                 break_long_words=True,
                 drop_whitespace=True,
                 break_on_hyphens=True,
                 tabsize=8,
                 *,
                 max_lines=None,
                 placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    # -- private helpers -------------------------------------------------

    def _munge_whitespace(self, text):
        """Expand tabs and turn every whitespace character into a space,
        as configured."""
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        """Split text into indivisible chunks (words and whitespace)."""
        if self.break_on_hyphens is True:
            if _overridden(self, 'wordsep_re', _DEFAULT_WORDSEP):
                chunks = self.wordsep_re.split(text)
            else:
                return _split_words(text)
        else:
            if _overridden(self, 'wordsep_simple_re', _DEFAULT_WORDSEP_SIMPLE):
                chunks = self.wordsep_simple_re.split(text)
            else:
                return _split_simple(text)
        return [c for c in chunks if c]

    def _fix_sentence_endings(self, chunks):
        """Make sure a sentence end is followed by two spaces."""
        if _overridden(self, 'sentence_end_re', _DEFAULT_SENTENCE_END):
            is_end = self.sentence_end_re.search
        else:
            is_end = _sentence_end
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and is_end(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """Deal with a chunk too long to fit on any line."""
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            chunk = reversed_chunks[-1]
            cut = space_left
            if self.break_on_hyphens and len(chunk) > space_left:
                # prefer breaking after the last hyphen that fits, unless
                # everything before it is hyphens
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and chunk[:hyphen].strip('-'):
                    cut = hyphen + 1
            cur_line.append(chunk[:cut])
            reversed_chunks[-1] = chunk[cut:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        """Assemble chunks into lines of at most self.width characters."""
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            first = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(first) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")

        lines = []
        pending = list(reversed(chunks))
        while pending:
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            line = []
            used = 0

            # no leading whitespace on continuation lines
            if self.drop_whitespace and lines and pending[-1].strip() == '':
                del pending[-1]

            while pending and used + len(pending[-1]) <= width:
                piece = pending.pop()
                line.append(piece)
                used += len(piece)

            if pending and len(pending[-1]) > width:
                self._handle_long_word(pending, line, used, width)
                used = sum(map(len, line))

            if self.drop_whitespace and line and line[-1].strip() == '':
                used -= len(line[-1])
                del line[-1]

            if not line:
                continue

            last_allowed = (
                self.max_lines is None
                or len(lines) + 1 < self.max_lines
                or ((not pending
                     or (self.drop_whitespace and len(pending) == 1
                         and not pending[0].strip()))
                    and used <= width))
            if last_allowed:
                lines.append(indent + ''.join(line))
                continue

            # Out of lines: end with the placeholder.
            while line:
                if line[-1].strip() and used + len(self.placeholder) <= width:
                    line.append(self.placeholder)
                    lines.append(indent + ''.join(line))
                    return lines
                used -= len(line[-1])
                del line[-1]
            if lines:
                prev = lines[-1].rstrip()
                if len(prev) + len(self.placeholder) <= self.width:
                    lines[-1] = prev + self.placeholder
                    return lines
            lines.append(indent + self.placeholder.lstrip())
            return lines
        return lines

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    # -- public interface ------------------------------------------------

    def wrap(self, text):
        """Return the lines (without newlines) of the wrapped text."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """Return the wrapped text as a single string."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap a paragraph into a list of lines of at most width characters."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Wrap a paragraph and return it as one newline-separated string."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapse whitespace and truncate text to fit width, ending with a
    placeholder when something was cut."""
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


def dedent(text):
    """Remove the whitespace prefix common to every non-blank line.

    Lines made only of spaces and tabs become empty; tabs and spaces are
    not considered equal."""
    lines = text.split('\n')
    for i, line in enumerate(lines):
        if line and not line.strip(' \t'):
            lines[i] = ''
    margin = None
    for line in lines:
        body = line.lstrip(' \t')
        if not body:
            continue
        ind = line[:len(line) - len(body)]
        if margin is None:
            margin = ind
        elif ind.startswith(margin):
            pass
        elif margin.startswith(ind):
            margin = ind
        else:
            k = 0
            for x, y in zip(margin, ind):
                if x != y:
                    break
                k += 1
            margin = margin[:k]
    if margin:
        cut = len(margin)
        lines = [line[cut:] if line.startswith(margin) else line
                 for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Add prefix to the beginning of the selected lines of text (by default
    the lines that are not whitespace-only)."""
    out = []
    for line in text.splitlines(True):
        if predicate is None:
            keep = line.strip()
        else:
            keep = predicate(line)
        out.append(prefix + line if keep else line)
    return ''.join(out)
