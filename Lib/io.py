"""The io module: the file objects that open() returns (native, from _io)
plus in-memory streams StringIO and BytesIO and the abstract base classes."""

import _io
from _io import (open, TextIOWrapper, BufferedReader, BufferedWriter,
                 BufferedRandom, FileIO, UnsupportedOperation, DEFAULT_BUFFER_SIZE)

__all__ = ["BlockingIOError", "open", "open_code", "IOBase", "RawIOBase",
           "FileIO", "BytesIO", "StringIO", "BufferedIOBase",
           "BufferedReader", "BufferedWriter", "BufferedRWPair",
           "BufferedRandom", "TextIOBase", "TextIOWrapper",
           "UnsupportedOperation", "SEEK_SET", "SEEK_CUR", "SEEK_END",
           "DEFAULT_BUFFER_SIZE", "text_encoding", "IncrementalNewlineDecoder"]

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

BlockingIOError = BlockingIOError


def open_code(path):
    return open(path, "rb")


def text_encoding(encoding, stacklevel=2):
    if encoding is None:
        return "locale"
    return encoding


class IOBase:
    """The abstract base class for all I/O classes."""

    def _unsupported(self, name):
        raise UnsupportedOperation("%s.%s() not supported" % (type(self).__name__, name))

    def seek(self, pos, whence=0):
        self._unsupported("seek")

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, pos=None):
        self._unsupported("truncate")

    def flush(self):
        self._checkClosed()

    __closed = False

    def close(self):
        if not self.__closed:
            try:
                self.flush()
            finally:
                self.__closed = True

    @property
    def closed(self):
        return self.__closed

    def _checkClosed(self, msg=None):
        if self.closed:
            raise ValueError("I/O operation on closed file." if msg is None else msg)

    def seekable(self):
        return False

    def readable(self):
        return False

    def writable(self):
        return False

    def fileno(self):
        self._unsupported("fileno")

    def isatty(self):
        self._checkClosed()
        return False

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readline(self, size=-1):
        self._unsupported("readline")

    def readlines(self, hint=None):
        if hint is None or hint <= 0:
            return list(self)
        n = 0
        lines = []
        for line in self:
            lines.append(line)
            n += len(line)
            if n >= hint:
                break
        return lines

    def writelines(self, lines):
        self._checkClosed()
        for line in lines:
            self.write(line)

    def __del__(self):
        try:
            self.close()
        except Exception:
            pass


class RawIOBase(IOBase):
    pass


class BufferedIOBase(IOBase):
    def detach(self):
        self._unsupported("detach")


class TextIOBase(IOBase):
    @property
    def encoding(self):
        return None

    @property
    def newlines(self):
        return None

    @property
    def errors(self):
        return None

    def detach(self):
        self._unsupported("detach")




class BytesIO(BufferedIOBase):
    """Buffered I/O implementation using an in-memory bytes buffer."""

    def __init__(self, initial_bytes=None):
        buf = bytearray()
        if initial_bytes is not None:
            buf += initial_bytes
        self._buffer = buf
        self._pos = 0

    def getvalue(self):
        self._checkClosed()
        return bytes(self._buffer)

    def getbuffer(self):
        self._checkClosed()
        return memoryview(self._buffer)

    def close(self):
        super().close()

    def read(self, size=-1):
        self._checkClosed()
        if size is None:
            size = -1
        else:
            size = size.__index__()
        if size < 0:
            size = len(self._buffer)
        if len(self._buffer) <= self._pos:
            return b""
        newpos = min(len(self._buffer), self._pos + size)
        b = self._buffer[self._pos:newpos]
        self._pos = newpos
        return bytes(b)

    read1 = read

    def readline(self, size=-1):
        self._checkClosed()
        if size is None:
            size = -1
        end = self._buffer.find(b"\n", self._pos)
        end = len(self._buffer) if end < 0 else end + 1
        if size >= 0:
            end = min(end, self._pos + size)
        b = self._buffer[self._pos:end]
        self._pos = max(self._pos, end)
        return bytes(b)

    def readinto(self, b):
        data = self.read(len(b))
        n = len(data)
        b[:n] = data
        return n

    def write(self, b):
        self._checkClosed()
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        data = bytes(b)
        n = len(data)
        if n == 0:
            return 0
        pos = self._pos
        if pos > len(self._buffer):
            self._buffer += b"\x00" * (pos - len(self._buffer))
        self._buffer[pos:pos + n] = data
        self._pos += n
        return n

    def seek(self, pos, whence=0):
        self._checkClosed()
        try:
            pos = pos.__index__()
        except AttributeError:
            raise TypeError("an integer is required")
        if whence == 0:
            if pos < 0:
                raise ValueError("negative seek value %r" % (pos,))
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._buffer) + pos)
        else:
            raise ValueError("invalid whence (%r, should be 0, 1 or 2)" % (whence,))
        return self._pos

    def tell(self):
        self._checkClosed()
        return self._pos

    def truncate(self, pos=None):
        self._checkClosed()
        if pos is None:
            pos = self._pos
        elif pos < 0:
            raise ValueError("negative size value %r" % (pos,))
        del self._buffer[pos:]
        return pos

    def readable(self):
        self._checkClosed()
        return True

    def writable(self):
        self._checkClosed()
        return True

    def seekable(self):
        self._checkClosed()
        return True


class StringIO(TextIOBase):
    """Text I/O implementation using an in-memory buffer."""

    def __init__(self, initial_value="", newline="\n"):
        if newline is not None and not isinstance(newline, str):
            raise TypeError("newline must be str or None, not %s" % type(newline).__name__)
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: %r" % (newline,))
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s" % type(initial_value).__name__)
        self._newline = newline
        self._chunks = []
        self._value = ""
        self._pos = 0
        if initial_value:
            self.write(initial_value)
            self._pos = 0

    def _text(self):
        if self._chunks:
            self._value += "".join(self._chunks)
            self._chunks = []
        return self._value

    def _translate_in(self, s):
        nl = self._newline
        if nl is None:
            return s.replace("\r\n", "\n").replace("\r", "\n")
        if nl in ("", "\n"):
            return s
        return s.replace("\n", nl)

    def getvalue(self):
        self._checkClosed()
        return self._text()

    def write(self, s):
        self._checkClosed()
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)
        n = len(s)
        s = self._translate_in(s)
        text = self._text() if self._chunks else self._value
        pos = self._pos
        if pos == len(text):
            self._chunks.append(s)
        else:
            if pos > len(text):
                text = text + "\0" * (pos - len(text))
            self._value = text[:pos] + s + text[pos + len(s):]
        self._pos = pos + len(s)
        return n

    def read(self, size=-1):
        self._checkClosed()
        text = self._text()
        if size is None or size < 0:
            end = len(text)
        else:
            end = min(len(text), self._pos + size)
        r = text[self._pos:end]
        self._pos = max(self._pos, end)
        return r

    def readline(self, size=-1):
        self._checkClosed()
        text = self._text()
        if self._newline in (None, "\n", ""):
            if self._newline == "":
                ends = [i for i in (text.find("\n", self._pos), text.find("\r", self._pos)) if i >= 0]
                end = min(ends) + 1 if ends else len(text)
                if end < len(text) and text[end - 1] == "\r" and text[end] == "\n":
                    end += 1
            else:
                i = text.find("\n", self._pos)
                end = len(text) if i < 0 else i + 1
        else:
            i = text.find(self._newline, self._pos)
            end = len(text) if i < 0 else i + len(self._newline)
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        r = text[self._pos:end]
        self._pos = max(self._pos, end)
        return r

    def seek(self, pos, whence=0):
        self._checkClosed()
        if whence == 0:
            if pos < 0:
                raise ValueError("Negative seek position %d" % pos)
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = len(self._text())
        else:
            raise ValueError("Invalid whence (%d, should be 0, 1 or 2)" % whence)
        return self._pos

    def tell(self):
        self._checkClosed()
        return self._pos

    def truncate(self, pos=None):
        self._checkClosed()
        if pos is None:
            pos = self._pos
        elif pos < 0:
            raise ValueError("Negative size value %d" % pos)
        self._value = self._text()[:pos]
        return pos

    def readable(self):
        self._checkClosed()
        return True

    def writable(self):
        self._checkClosed()
        return True

    def seekable(self):
        self._checkClosed()
        return True

    @property
    def line_buffering(self):
        return False

    @property
    def newlines(self):
        return None

    def __repr__(self):
        return "<_io.StringIO object at %#x>" % id(self)


class IncrementalNewlineDecoder:
    def __init__(self, decoder, translate, errors="strict"):
        self.decoder = decoder
        self.translate = translate
        self.errors = errors
        self.pendingcr = False

    def decode(self, input, final=False):
        output = input if self.decoder is None else self.decoder.decode(input, final=final)
        if self.pendingcr and (output or final):
            output = "\r" + output
            self.pendingcr = False
        if output.endswith("\r") and not final:
            output = output[:-1]
            self.pendingcr = True
        if self.translate:
            output = output.replace("\r\n", "\n").replace("\r", "\n")
        return output

    def reset(self):
        self.pendingcr = False


class BufferedRWPair(BufferedIOBase):
    def __init__(self, reader, writer, buffer_size=DEFAULT_BUFFER_SIZE):
        self.reader = reader
        self.writer = writer

    def read(self, size=-1):
        return self.reader.read(size)

    def write(self, b):
        return self.writer.write(b)

    def flush(self):
        return self.writer.flush()

    def close(self):
        try:
            self.writer.close()
        finally:
            self.reader.close()
