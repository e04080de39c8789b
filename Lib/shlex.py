"""A lexical analyzer class for simple shell-like syntaxes, and the
split(), join() and quote() helpers."""

import sys
from collections import deque

__all__ = ["shlex", "split", "quote", "join"]


class _StringReader:
    """Minimal text stream over a string (read(1), readline(), close())."""

    def __init__(self, text):
        self._text = text
        self._pos = 0

    def read(self, n=-1):
        if n is None or n < 0:
            r = self._text[self._pos:]
            self._pos = len(self._text)
            return r
        r = self._text[self._pos:self._pos + n]
        self._pos += len(r)
        return r

    def readline(self):
        i = self._text.find('\n', self._pos)
        end = len(self._text) if i < 0 else i + 1
        r = self._text[self._pos:end]
        self._pos = end
        return r

    def close(self):
        pass


def _as_stream(s):
    if isinstance(s, str):
        try:
            from io import StringIO
        except ImportError:
            return _StringReader(s)
        return StringIO(s)
    return s


_EMIT = 1
_NEXT = 2
_STAY = 3


class shlex:
    "A lexical analyzer class for simple shell-like syntaxes."

    def __init__(self, instream=None, infile=None, posix=False,
                 punctuation_chars=False):
        if isinstance(instream, str):
            instream = _as_stream(instream)
        if instream is not None:
            self.instream = instream
            self.infile = infile
        else:
            self.instream = sys.stdin
            self.infile = None
        self.posix = posix
        self.eof = None if posix else ''
        self.commenters = '#'
        self.wordchars = ('abcdfeghijklmnopqrstuvwxyz'
                          'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_')
        if self.posix:
            self.wordchars += ('\u00df\u00e0\u00e1\u00e2\u00e3\u00e4\u00e5\u00e6'
                               '\u00e7\u00e8\u00e9\u00ea\u00eb\u00ec\u00ed\u00ee'
                               '\u00ef\u00f0\u00f1\u00f2\u00f3\u00f4\u00f5\u00f6'
                               '\u00f8\u00f9\u00fa\u00fb\u00fc\u00fd\u00fe\u00ff'
                               '\u00c0\u00c1\u00c2\u00c3\u00c4\u00c5\u00c6\u00c7'
                               '\u00c8\u00c9\u00ca\u00cb\u00cc\u00cd\u00ce\u00cf'
                               '\u00d0\u00d1\u00d2\u00d3\u00d4\u00d5\u00d6\u00d8'
                               '\u00d9\u00da\u00db\u00dc\u00dd\u00de')
        self.whitespace = ' \t\r\n'
        self.whitespace_split = False
        self.quotes = '\'"'
        self.escape = '\\'
        self.escapedquotes = '"'
        self.state = ' '
        self.pushback = deque()
        self.lineno = 1
        self.debug = 0
        self.token = ''
        self.filestack = deque()
        self.source = None
        if not punctuation_chars:
            punctuation_chars = ''
        elif punctuation_chars is True:
            punctuation_chars = '();<>|&'
        self._punctuation_chars = punctuation_chars
        if punctuation_chars:
            self._pushback_chars = deque()
            self.wordchars += '~-./*?='
            self.wordchars = ''.join(c for c in self.wordchars
                                     if c not in punctuation_chars)

    @property
    def punctuation_chars(self):
        return self._punctuation_chars

    def push_token(self, tok):
        "Push a token onto the stack popped by the get_token method"
        if self.debug >= 1:
            print("shlex: pushing token " + repr(tok))
        self.pushback.appendleft(tok)

    def push_source(self, newstream, newfile=None):
        "Push an input source onto the lexer's input source stack."
        if isinstance(newstream, str):
            newstream = _as_stream(newstream)
        self.filestack.appendleft((self.infile, self.instream, self.lineno))
        self.infile = newfile
        self.instream = newstream
        self.lineno = 1
        if self.debug:
            if newfile is not None:
                print('shlex: pushing to file %s' % (self.infile,))
            else:
                print('shlex: pushing to stream %s' % (self.instream,))

    def pop_source(self):
        "Pop the input source stack."
        self.instream.close()
        (self.infile, self.instream, self.lineno) = self.filestack.popleft()
        if self.debug:
            print('shlex: popping to %s, line %d' % (self.instream, self.lineno))
        self.state = ' '

    def get_token(self):
        "Get a token from the input stream (or from stack if it's nonempty)"
        if self.pushback:
            tok = self.pushback.popleft()
            if self.debug >= 1:
                print("shlex: popping token " + repr(tok))
            return tok
        raw = self.read_token()
        if self.source is not None:
            while raw == self.source:
                spec = self.sourcehook(self.read_token())
                if spec:
                    (newfile, newstream) = spec
                    self.push_source(newstream, newfile)
                raw = self.get_token()
        while raw == self.eof:
            if not self.filestack:
                return self.eof
            else:
                self.pop_source()
                raw = self.get_token()
        if self.debug >= 1:
            if raw != self.eof:
                print("shlex: token=" + repr(raw))
            else:
                print("shlex: token=EOF")
        return raw

    # -- the state machine --

    def _have_token(self):
        return bool(self.token) or (self.posix and self._quoted)

    def _skip_comment(self):
        self.instream.readline()
        self.lineno += 1

    def _in_space(self, ch):
        if not ch:
            self.state = None
            return _EMIT
        if ch in self.whitespace:
            if self.debug >= 2:
                print("shlex: I see whitespace in whitespace state")
            return _EMIT if self._have_token() else _NEXT
        if ch in self.commenters:
            self._skip_comment()
        elif self.posix and ch in self.escape:
            self._escapedstate = 'a'
            self.state = ch
        elif ch in self.wordchars:
            self.token = ch
            self.state = 'a'
        elif ch in self.punctuation_chars:
            self.token = ch
            self.state = 'c'
        elif ch in self.quotes:
            if not self.posix:
                self.token = ch
            self.state = ch
        elif self.whitespace_split:
            self.token = ch
            self.state = 'a'
        else:
            self.token = ch
            return _EMIT if self._have_token() else _NEXT
        return _STAY

    def _in_quotes(self, ch):
        self._quoted = True
        if not ch:
            if self.debug >= 2:
                print("shlex: I see EOF in quotes state")
            raise ValueError("No closing quotation")
        if ch == self.state:
            if not self.posix:
                self.token += ch
                self.state = ' '
                return _EMIT
            self.state = 'a'
        elif self.posix and ch in self.escape and self.state in self.escapedquotes:
            self._escapedstate = self.state
            self.state = ch
        else:
            self.token += ch
        return _STAY

    def _in_escape(self, ch):
        if not ch:
            if self.debug >= 2:
                print("shlex: I see EOF in escape state")
            raise ValueError("No escaped character")
        esc = self._escapedstate
        if esc in self.quotes and ch != self.state and ch != esc:
            self.token += self.state
        self.token += ch
        self.state = esc
        return _STAY

    def _in_word(self, ch):
        if not ch:
            self.state = None
            return _EMIT
        if ch in self.whitespace:
            if self.debug >= 2:
                print("shlex: I see whitespace in word state")
            self.state = ' '
            return _EMIT if self._have_token() else _NEXT
        if ch in self.commenters:
            self._skip_comment()
            if self.posix:
                self.state = ' '
                return _EMIT if self._have_token() else _NEXT
            return _STAY
        if self.state == 'c':
            if ch in self.punctuation_chars:
                self.token += ch
                return _STAY
            if ch not in self.whitespace:
                self._pushback_chars.append(ch)
            self.state = ' '
            return _EMIT
        if self.posix and ch in self.quotes:
            self.state = ch
        elif self.posix and ch in self.escape:
            self._escapedstate = 'a'
            self.state = ch
        elif (ch in self.wordchars or ch in self.quotes
              or (self.whitespace_split and ch not in self.punctuation_chars)):
            self.token += ch
        else:
            if self.punctuation_chars:
                self._pushback_chars.append(ch)
            else:
                self.pushback.appendleft(ch)
            if self.debug >= 2:
                print("shlex: I see punctuation in word state")
            self.state = ' '
            return _EMIT if self._have_token() else _NEXT
        return _STAY

    def read_token(self):
        self._quoted = False
        self._escapedstate = ' '
        while True:
            if self.punctuation_chars and self._pushback_chars:
                ch = self._pushback_chars.pop()
            else:
                ch = self.instream.read(1)
            if ch == '\n':
                self.lineno += 1
            if self.debug >= 3:
                print("shlex: in state %r I see character: %r" % (self.state, ch))
            state = self.state
            if state is None:
                self.token = ''
                break
            elif state == ' ':
                r = self._in_space(ch)
            elif state in self.quotes:
                r = self._in_quotes(ch)
            elif state in self.escape:
                r = self._in_escape(ch)
            elif state in ('a', 'c'):
                r = self._in_word(ch)
            else:
                r = _STAY
            if r == _EMIT:
                break
        result = self.token
        self.token = ''
        if self.posix and not self._quoted and result == '':
            result = None
        if self.debug > 1:
            if result:
                print("shlex: raw token=" + repr(result))
            else:
                print("shlex: raw token=EOF")
        return result

    def sourcehook(self, newfile):
        "Hook called on a filename to be sourced."
        if newfile[0] == '"':
            newfile = newfile[1:-1]
        if isinstance(self.infile, str) and not newfile.startswith('/'):
            d = self.infile.rpartition('/')[0]
            if d:
                newfile = d + '/' + newfile
        return (newfile, open(newfile, "r"))

    def error_leader(self, infile=None, lineno=None):
        "Emit a C-compiler-like, Emacs-friendly error-message leader."
        if infile is None:
            infile = self.infile
        if lineno is None:
            lineno = self.lineno
        return "\"%s\", line %d: " % (infile, lineno)

    def __iter__(self):
        return self

    def __next__(self):
        token = self.get_token()
        if token == self.eof:
            raise StopIteration
        return token


def split(s, comments=False, posix=True):
    """Split the string *s* using shell-like syntax."""
    if s is None:
        import warnings
        warnings.warn("Passing None for 's' to shlex.split() is deprecated.",
                      DeprecationWarning, stacklevel=2)
    lex = shlex(s, posix=posix)
    lex.whitespace_split = True
    if not comments:
        lex.commenters = ''
    return list(lex)


def join(split_command):
    """Return a shell-escaped string from *split_command*."""
    return ' '.join(quote(arg) for arg in split_command)


_SAFE = frozenset('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
                  '0123456789_@%+=:,./-')


def quote(s):
    """Return a shell-escaped version of the string *s*."""
    if not s:
        return "''"
    for c in s:
        if c not in _SAFE:
            break
    else:
        return s
    return "'" + s.replace("'", "'\"'\"'") + "'"
