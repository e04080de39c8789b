"""Codec registry and base classes (a subset of CPython's codecs module).

Text codecs are the interpreter's built-in ones (``str.encode`` /
``bytes.decode``: utf-8, utf-8-sig, utf-16/32 and their -le/-be forms,
latin-1, ascii, cp1252, cp437, iso8859-15); ``hex``, ``base64`` and
``rot13`` are provided here. Search functions added with ``register`` are
consulted after the built-in names.
"""

import builtins as _builtins

__all__ = ["register", "lookup", "open", "EncodedFile", "BOM", "BOM_BE", "BOM_LE", "BOM32_BE", "BOM32_LE",
           "BOM64_BE", "BOM64_LE", "BOM_UTF8", "BOM_UTF16", "BOM_UTF16_LE", "BOM_UTF16_BE", "BOM_UTF32",
           "BOM_UTF32_LE", "BOM_UTF32_BE", "CodecInfo", "Codec", "IncrementalEncoder", "IncrementalDecoder",
           "StreamReader", "StreamWriter", "StreamReaderWriter", "StreamRecoder", "getencoder", "getdecoder",
           "getincrementalencoder", "getincrementaldecoder", "getreader", "getwriter", "encode", "decode",
           "iterencode", "iterdecode", "strict_errors", "ignore_errors", "replace_errors",
           "xmlcharrefreplace_errors", "backslashreplace_errors", "namereplace_errors", "register_error",
           "lookup_error"]

BOM_UTF8 = b"\xef\xbb\xbf"
BOM_LE = BOM_UTF16_LE = b"\xff\xfe"
BOM_BE = BOM_UTF16_BE = b"\xfe\xff"
BOM_UTF32_LE = b"\xff\xfe\x00\x00"
BOM_UTF32_BE = b"\x00\x00\xfe\xff"
BOM = BOM_UTF16 = BOM_UTF16_LE
BOM_UTF32 = BOM_UTF32_LE
BOM32_LE = BOM_UTF16_LE
BOM32_BE = BOM_UTF16_BE
BOM64_LE = BOM_UTF32_LE
BOM64_BE = BOM_UTF32_BE


class CodecInfo(tuple):
    """Codec details when looking up the codec registry."""

    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None, incrementalencoder=None,
                incrementaldecoder=None, name=None, *, _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        if _is_text_encoding is not None:
            self._is_text_encoding = _is_text_encoding
        return self

    def __repr__(self):
        return "<%s.%s object for encoding %s at %#x>" % (
            self.__class__.__module__, self.__class__.__qualname__, self.name, id(self))


class Codec:
    def encode(self, input, errors="strict"):
        raise NotImplementedError

    def decode(self, input, errors="strict"):
        raise NotImplementedError


class IncrementalEncoder:
    def __init__(self, errors="strict"):
        self.errors = errors
        self.buffer = ""

    def encode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return 0

    def setstate(self, state):
        pass


class IncrementalDecoder:
    def __init__(self, errors="strict"):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return (b"", 0)

    def setstate(self, state):
        pass


class BufferedIncrementalDecoder(IncrementalDecoder):
    def __init__(self, errors="strict"):
        IncrementalDecoder.__init__(self, errors)
        self.buffer = b""

    def _buffer_decode(self, input, errors, final):
        raise NotImplementedError

    def decode(self, input, final=False):
        data = self.buffer + input
        (result, consumed) = self._buffer_decode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalDecoder.reset(self)
        self.buffer = b""

    def getstate(self):
        return (self.buffer, 0)

    def setstate(self, state):
        self.buffer = state[0]


class StreamWriter(Codec):
    def __init__(self, stream, errors="strict"):
        self.stream = stream
        self.errors = errors

    def write(self, object):
        data, consumed = self.encode(object, self.errors)
        self.stream.write(data)

    def writelines(self, list):
        self.write("".join(list))

    def reset(self):
        pass

    def __getattr__(self, name):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.stream.close()


class StreamReader(Codec):
    def __init__(self, stream, errors="strict"):
        self.stream = stream
        self.errors = errors

    def read(self, size=-1, chars=-1, firstline=False):
        data = self.stream.read() if size < 0 else self.stream.read(size)
        return self.decode(data, self.errors)[0]

    def readline(self, size=None, keepends=True):
        line = self.stream.readline()
        text = self.decode(line, self.errors)[0]
        return text if keepends else text.rstrip("\r\n")

    def readlines(self, sizehint=None, keepends=True):
        return self.read().splitlines(keepends)

    def reset(self):
        pass

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if line:
            return line
        raise StopIteration

    def __getattr__(self, name):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.stream.close()


class StreamReaderWriter:
    encoding = "unknown"

    def __init__(self, stream, Reader, Writer, errors="strict"):
        self.stream = stream
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors

    def read(self, size=-1):
        return self.reader.read(size)

    def readline(self, size=None):
        return self.reader.readline(size)

    def write(self, data):
        return self.writer.write(data)

    def __getattr__(self, name):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.stream.close()


class StreamRecoder:
    def __init__(self, stream, encode, decode, Reader, Writer, errors="strict"):
        self.stream = stream
        self.encode = encode
        self.decode = decode
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors


# --- the built-in text codecs ------------------------------------------------

_ALIASES = {
    "utf_8": "utf-8", "u8": "utf-8", "utf": "utf-8", "utf8": "utf-8", "utf8_ucs2": "utf-8", "utf8_ucs4": "utf-8",
    "cp65001": "utf-8", "utf_8_sig": "utf-8-sig",
    "utf_16": "utf-16", "u16": "utf-16", "utf16": "utf-16",
    "utf_16_le": "utf-16-le", "utf_16le": "utf-16-le", "unicodelittleunmarked": "utf-16-le",
    "utf_16_be": "utf-16-be", "utf_16be": "utf-16-be", "unicodebigunmarked": "utf-16-be",
    "utf_32": "utf-32", "u32": "utf-32", "utf32": "utf-32",
    "utf_32_le": "utf-32-le", "utf_32le": "utf-32-le", "utf_32_be": "utf-32-be", "utf_32be": "utf-32-be",
    "latin_1": "iso8859-1", "8859": "iso8859-1", "cp819": "iso8859-1", "csisolatin1": "iso8859-1",
    "ibm819": "iso8859-1", "iso8859": "iso8859-1", "iso8859_1": "iso8859-1", "iso_8859_1": "iso8859-1",
    "iso_8859_1_1987": "iso8859-1", "iso_ir_100": "iso8859-1", "l1": "iso8859-1", "latin": "iso8859-1",
    "latin1": "iso8859-1",
    "ascii": "ascii", "646": "ascii", "ansi_x3.4_1968": "ascii", "ansi_x3_4_1968": "ascii",
    "ansi_x3.4_1986": "ascii", "cp367": "ascii", "csascii": "ascii", "ibm367": "ascii", "iso646_us": "ascii",
    "iso_646.irv_1991": "ascii", "iso_ir_6": "ascii", "us": "ascii", "us_ascii": "ascii",
    "cp1252": "cp1252", "1252": "cp1252", "windows_1252": "cp1252",
    "cp437": "cp437", "437": "cp437", "cspc8codepage437": "cp437", "ibm437": "cp437",
    "iso8859_15": "iso8859-15", "iso_8859_15": "iso8859-15", "l9": "iso8859-15", "latin9": "iso8859-15",
    "hex": "hex", "hex_codec": "hex", "base64": "base64", "base_64": "base64", "base64_codec": "base64",
    "rot13": "rot-13", "rot_13": "rot-13", "punycode": "punycode", "idna": "idna",
}


def _normalize(name):
    out = []
    pending = False
    for c in name:
        if c.isalnum() or c == ".":
            if pending and out:
                out.append("_")
            pending = False
            out.append(c.lower())
        else:
            pending = True
    return "".join(out)


def _text_codec(name):
    def encode(input, errors="strict"):
        return input.encode(name, errors), len(input)

    def decode(input, errors="strict"):
        data = bytes(input)
        return data.decode(name, errors), len(data)

    incomplete = {"unexpected end of data", "truncated data"}

    class _IncrementalEncoder(IncrementalEncoder):
        def __init__(self, errors="strict"):
            IncrementalEncoder.__init__(self, errors)
            self._first = True

        def encode(self, input, final=False):
            data = input.encode(name, self.errors)
            if not self._first and name in ("utf-16", "utf-32", "utf-8-sig"):
                bom = {"utf-16": 2, "utf-32": 4, "utf-8-sig": 3}[name]
                data = data[bom:]
            if input:
                self._first = False
            return data

        def reset(self):
            self._first = True

    class _IncrementalDecoder(BufferedIncrementalDecoder):
        def _buffer_decode(self, input, errors, final):
            data = bytes(input)
            if final:
                return data.decode(name, errors), len(data)
            try:
                return data.decode(name, "strict"), len(data)
            except UnicodeDecodeError as e:
                if e.reason in incomplete and e.end == len(data):
                    return data[:e.start].decode(name, errors), e.start
                return data.decode(name, errors), len(data)

    class _StreamWriter(StreamWriter):
        def encode(self, input, errors="strict"):
            return encode(input, errors)

    class _StreamReader(StreamReader):
        def decode(self, input, errors="strict"):
            return decode(input, errors)

    return CodecInfo(encode, decode, _StreamReader, _StreamWriter, _IncrementalEncoder, _IncrementalDecoder,
                     name=name)


def _bytes_codec(name, enc, dec):
    def encode(input, errors="strict"):
        return enc(input), len(input)

    def decode(input, errors="strict"):
        return dec(input), len(input)

    class _IncrementalEncoder(IncrementalEncoder):
        def encode(self, input, final=False):
            return enc(input)

    class _IncrementalDecoder(IncrementalDecoder):
        def decode(self, input, final=False):
            return dec(input)

    return CodecInfo(encode, decode, None, None, _IncrementalEncoder, _IncrementalDecoder, name=name,
                     _is_text_encoding=False)


def _rot13(s):
    out = []
    for c in s:
        o = ord(c)
        if 65 <= o <= 90:
            c = chr((o - 65 + 13) % 26 + 65)
        elif 97 <= o <= 122:
            c = chr((o - 97 + 13) % 26 + 97)
        out.append(c)
    return "".join(out)


def _builtin_lookup(canonical):
    if canonical == "hex":
        import binascii
        return _bytes_codec("hex", binascii.b2a_hex, binascii.a2b_hex)
    if canonical == "base64":
        import binascii
        return _bytes_codec("base64", lambda b: binascii.b2a_base64(b), binascii.a2b_base64)
    if canonical == "rot-13":
        return _bytes_codec("rot-13", _rot13, _rot13)
    return _text_codec(canonical)


_search_functions = []
_cache = {}


def register(search_function):
    """Register a codec search function."""
    if not callable(search_function):
        raise TypeError("argument must be callable")
    _search_functions.append(search_function)


def unregister(search_function):
    try:
        _search_functions.remove(search_function)
    except ValueError:
        pass
    _cache.clear()


def lookup(encoding):
    """Look up a codec tuple in the codec registry and return a CodecInfo object."""
    if not isinstance(encoding, str):
        raise TypeError("lookup() argument must be str, not %s" % type(encoding).__name__)
    key = _normalize(encoding)
    info = _cache.get(key)
    if info is not None:
        return info
    canonical = _ALIASES.get(key) or _ALIASES.get(key.replace(".", "_"))
    if canonical is not None:
        info = _builtin_lookup(canonical)
    else:
        search_name = encoding.lower().replace(" ", "_")
        for f in _search_functions:
            info = f(search_name)
            if info is not None:
                if not isinstance(info, CodecInfo):
                    if not isinstance(info, tuple) or len(info) != 4:
                        raise TypeError("codec search functions must return 4-tuples")
                    info = CodecInfo(*info)
                break
        else:
            raise LookupError("unknown encoding: %s" % encoding)
    _cache[key] = info
    return info


def encode(obj, encoding="utf-8", errors="strict"):
    """Encode obj using the codec registered for encoding."""
    info = lookup(encoding)
    result = info.encode(obj, errors)
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError("encoder must return a tuple (object, integer)")
    return result[0]


def decode(obj, encoding="utf-8", errors="strict"):
    """Decode obj using the codec registered for encoding."""
    info = lookup(encoding)
    result = info.decode(obj, errors)
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError("decoder must return a tuple (object,integer)")
    return result[0]


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def getincrementalencoder(encoding):
    encoder = lookup(encoding).incrementalencoder
    if encoder is None:
        raise LookupError(encoding)
    return encoder


def getincrementaldecoder(encoding):
    decoder = lookup(encoding).incrementaldecoder
    if decoder is None:
        raise LookupError(encoding)
    return decoder


def getreader(encoding):
    return lookup(encoding).streamreader


def getwriter(encoding):
    return lookup(encoding).streamwriter


def iterencode(iterator, encoding, errors="strict", **kwargs):
    encoder = getincrementalencoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = encoder.encode(input)
        if output:
            yield output
    output = encoder.encode("", True)
    if output:
        yield output


def iterdecode(iterator, encoding, errors="strict", **kwargs):
    decoder = getincrementaldecoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = decoder.decode(input)
        if output:
            yield output
    output = decoder.decode(b"", True)
    if output:
        yield output


def open(filename, mode="r", encoding=None, errors="strict", buffering=-1):
    if encoding is not None and "b" not in mode:
        return _builtins.open(filename, mode, buffering, encoding=encoding, errors=errors)
    return _builtins.open(filename, mode, buffering)


def EncodedFile(file, data_encoding, file_encoding=None, errors="strict"):
    raise NotImplementedError("codecs.EncodedFile is not supported")


# --- error handlers -------------------------------------------------------------

def _handler(name):
    def handler(exc):
        raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)
    handler.__name__ = name + "_errors"
    return handler


strict_errors = _handler("strict")
ignore_errors = _handler("ignore")
replace_errors = _handler("replace")
xmlcharrefreplace_errors = _handler("xmlcharrefreplace")
backslashreplace_errors = _handler("backslashreplace")
namereplace_errors = _handler("namereplace")

_error_handlers = {
    "strict": strict_errors, "ignore": ignore_errors, "replace": replace_errors,
    "xmlcharrefreplace": xmlcharrefreplace_errors, "backslashreplace": backslashreplace_errors,
    "namereplace": namereplace_errors, "surrogateescape": _handler("surrogateescape"),
    "surrogatepass": _handler("surrogatepass"),
}


def register_error(name, error_handler):
    """Register an error handler (only looked up by lookup_error: the built-in
    codecs know the standard handler names only)."""
    if not callable(error_handler):
        raise TypeError("handler must be callable")
    _error_handlers[name] = error_handler


def lookup_error(name):
    try:
        return _error_handlers[name]
    except KeyError:
        raise LookupError("unknown error handler name '%s'" % name) from None


def utf_8_encode(input, errors="strict"):
    return input.encode("utf-8", errors), len(input)


def utf_8_decode(input, errors="strict", final=False):
    data = bytes(input)
    if not final:
        try:
            return data.decode("utf-8"), len(data)
        except UnicodeDecodeError as e:
            if e.reason == "unexpected end of data" and e.end == len(data):
                return data[:e.start].decode("utf-8", errors), e.start
    return data.decode("utf-8", errors), len(data)


def latin_1_encode(input, errors="strict"):
    return input.encode("latin-1", errors), len(input)


def latin_1_decode(input, errors="strict"):
    return bytes(input).decode("latin-1", errors), len(input)


def ascii_encode(input, errors="strict"):
    return input.encode("ascii", errors), len(input)


def ascii_decode(input, errors="strict"):
    return bytes(input).decode("ascii", errors), len(input)
