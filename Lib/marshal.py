"""Internal Python object serialization (pyrite implementation).

Writes the byte format of CPython's marshal module (version 4 by default)
for None, bool, int, float, complex, str, bytes, tuple, list, dict, set,
frozenset, Ellipsis and StopIteration.
"""

from struct import pack as _pack, unpack as _unpack

version = 4

_FLAG_REF = 0x80
_IDENT_CHARS = frozenset('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_')


def _interned_like(s):
    return all(c in _IDENT_CHARS for c in s)


class _Writer:
    def __init__(self, version):
        self.version = version
        self.out = bytearray()
        self.refs = {}
        self.keep = []
        self.depth = 0

    def w_long(self, n):
        self.out += _pack('<i', n)

    def ref_key(self, obj):
        t = type(obj)
        if t is int and -5 <= obj <= 256:
            return ('i', obj)
        if t is str and _interned_like(obj):
            return ('s', obj)
        return id(obj)

    def w_ref(self, obj, code):
        """Write the type code, handling references.  Returns True when a
        back-reference was written (nothing more to do)."""
        if self.version < 3:
            self.out.append(code)
            return False
        key = self.ref_key(obj)
        idx = self.refs.get(key)
        if idx is not None:
            self.out.append(ord('r'))
            self.w_long(idx)
            return True
        self.refs[key] = len(self.refs)
        self.keep.append(obj)
        self.out.append(code | _FLAG_REF)
        return False

    def w_object(self, obj):
        self.depth += 1
        if self.depth > 2000:
            raise ValueError("object too deeply nested to marshal")
        try:
            self._w_object(obj)
        finally:
            self.depth -= 1

    def _w_object(self, obj):
        out = self.out
        if obj is None:
            out.append(ord('N'))
            return
        if obj is StopIteration:
            out.append(ord('S'))
            return
        if obj is Ellipsis:
            out.append(ord('.'))
            return
        if obj is False:
            out.append(ord('F'))
            return
        if obj is True:
            out.append(ord('T'))
            return
        t = type(obj)
        if t is int:
            if -0x80000000 <= obj <= 0x7fffffff:
                if self.w_ref(obj, ord('i')):
                    return
                self.w_long(obj)
                return
            if self.w_ref(obj, ord('l')):
                return
            neg = obj < 0
            v = -obj if neg else obj
            digits = []
            while v:
                digits.append(v & 0x7fff)
                v >>= 15
            self.w_long(-len(digits) if neg else len(digits))
            for d in digits:
                out += _pack('<H', d)
            return
        if t is float:
            if self.version > 1:
                if self.w_ref(obj, ord('g')):
                    return
                out += _pack('<d', obj)
            else:
                if self.w_ref(obj, ord('f')):
                    return
                s = ('%.17g' % obj).encode('ascii')
                out.append(len(s))
                out += s
            return
        if t is complex:
            if self.version > 1:
                if self.w_ref(obj, ord('y')):
                    return
                out += _pack('<d', obj.real)
                out += _pack('<d', obj.imag)
            else:
                if self.w_ref(obj, ord('x')):
                    return
                for part in (obj.real, obj.imag):
                    s = ('%.17g' % part).encode('ascii')
                    out.append(len(s))
                    out += s
            return
        if t is str:
            if self.version >= 4 and obj.isascii():
                interned = _interned_like(obj)
                n = len(obj)
                if n < 256:
                    code = ord('Z') if interned else ord('z')
                    if self.w_ref(obj, code):
                        return
                    out.append(n)
                else:
                    code = ord('A') if interned else ord('a')
                    if self.w_ref(obj, code):
                        return
                    self.w_long(n)
                out += obj.encode('ascii')
                return
            data = obj.encode('utf-8', 'surrogatepass')
            if self.version >= 1 and _interned_like(obj) and self.version >= 3:
                code = ord('t')
            else:
                code = ord('u')
            if self.w_ref(obj, code):
                return
            self.w_long(len(data))
            out += data
            return
        if t is tuple:
            n = len(obj)
            if self.version >= 4 and n < 256:
                if self.w_ref(obj, ord(')')):
                    return
                out.append(n)
            else:
                if self.w_ref(obj, ord('(')):
                    return
                self.w_long(n)
            for item in obj:
                self.w_object(item)
            return
        if t is list:
            if self.w_ref(obj, ord('[')):
                return
            self.w_long(len(obj))
            for item in obj:
                self.w_object(item)
            return
        if t is dict:
            if self.w_ref(obj, ord('{')):
                return
            for k, v in obj.items():
                self.w_object(k)
                self.w_object(v)
            out.append(ord('0'))
            return
        if t is set or t is frozenset:
            if self.w_ref(obj, ord('<') if t is set else ord('>')):
                return
            self.w_long(len(obj))
            for item in obj:
                self.w_object(item)
            return
        if isinstance(obj, (bytes, bytearray, memoryview)):
            data = bytes(obj)
            if self.w_ref(obj, ord('s')):
                return
            self.w_long(len(data))
            out += data
            return
        raise ValueError("unmarshallable object")


def dumps(value, version=version, /):
    """Return the bytes object that would be written to a file by dump(value, file)."""
    w = _Writer(version)
    w.w_object(value)
    return bytes(w.out)


def dump(value, file, version=version, /):
    """Write the value on the open file."""
    data = dumps(value, version)
    file.write(data)


class _Reader:
    def __init__(self, read):
        self._read = read
        self.refs = []
        self.depth = 0

    def read(self, n):
        data = self._read(n)
        if len(data) < n:
            raise EOFError("marshal data too short")
        return data

    def r_long(self):
        return _unpack('<i', self.read(4))[0]

    def r_size(self):
        n = self.r_long()
        if n < 0:
            raise ValueError("bad marshal data (size out of range)")
        return n

    def r_object(self):
        self.depth += 1
        if self.depth > 2000:
            raise ValueError("recursion limit exceeded")
        try:
            return self._r_object()
        finally:
            self.depth -= 1

    def _r_object(self):
        c = self._read(1)
        if not c:
            raise EOFError("EOF read where object expected")
        code = c[0]
        flag = code & _FLAG_REF
        t = chr(code & ~_FLAG_REF)
        idx = None
        if flag:
            idx = len(self.refs)
            self.refs.append(None)

        def done(v):
            if flag:
                self.refs[idx] = v
            return v

        if t == 'N':
            return None
        if t == 'F':
            return False
        if t == 'T':
            return True
        if t == 'S':
            return StopIteration
        if t == '.':
            return Ellipsis
        if t == 'i':
            return done(self.r_long())
        if t == 'I':
            return done(_unpack('<q', self.read(8))[0])
        if t == 'l':
            n = self.r_long()
            size = abs(n)
            v = 0
            for i in range(size):
                d = _unpack('<H', self.read(2))[0]
                if d > 0x7fff:
                    raise ValueError("bad marshal data (digit out of range in long)")
                v |= d << (15 * i)
            return done(-v if n < 0 else v)
        if t == 'g':
            return done(_unpack('<d', self.read(8))[0])
        if t == 'f':
            n = self.read(1)[0]
            return done(float(self.read(n).decode('ascii')))
        if t == 'y':
            re_, im = _unpack('<dd', self.read(16))
            return done(complex(re_, im))
        if t == 'x':
            n = self.read(1)[0]
            re_ = float(self.read(n).decode('ascii'))
            n = self.read(1)[0]
            im = float(self.read(n).decode('ascii'))
            return done(complex(re_, im))
        if t == 's':
            return done(bytes(self.read(self.r_size())))
        if t in 'ut':
            data = self.read(self.r_size())
            try:
                s = str(data, 'utf-8', 'surrogatepass')
            except UnicodeDecodeError:
                raise ValueError("bad marshal data (invalid UTF-8)") from None
            return done(s)
        if t in 'aA':
            return done(self.read(self.r_size()).decode('latin-1'))
        if t in 'zZ':
            return done(self.read(self.read(1)[0]).decode('latin-1'))
        if t == ')' or t == '(':
            n = self.read(1)[0] if t == ')' else self.r_size()
            items = []
            for _ in range(n):
                items.append(self._child())
            return done(tuple(items))
        if t == '[':
            n = self.r_size()
            lst = done([])
            for _ in range(n):
                lst.append(self._child())
            return lst
        if t == '{':
            d = done({})
            while True:
                c2 = self._read(1)
                if c2 == b'0':
                    break
                if not c2:
                    raise EOFError("EOF read where object expected")
                self._pushback = c2
                k = self._child()
                v = self._child()
                d[k] = v
            return d
        if t == '<':
            n = self.r_size()
            s = done(set())
            for _ in range(n):
                s.add(self._child())
            return s
        if t == '>':
            n = self.r_size()
            items = []
            for _ in range(n):
                items.append(self._child())
            return done(frozenset(items))
        if t == 'r':
            n = self.r_long()
            if n < 0 or n >= len(self.refs):
                raise ValueError("bad marshal data (invalid reference)")
            v = self.refs[n]
            if v is None:
                raise ValueError("bad marshal data (invalid reference)")
            return v
        raise ValueError("bad marshal data (unknown type code)")

    def _child(self):
        v = self.r_object()
        return v


class _PushbackRead:
    def __init__(self, read):
        self.read_fn = read
        self.pending = b''

    def __call__(self, n):
        if self.pending:
            data = self.pending[:n]
            self.pending = self.pending[n:]
            if len(data) < n:
                data += self.read_fn(n - len(data))
            return data
        return self.read_fn(n)


class _BytesReader:
    def __init__(self, data):
        self.data = data
        self.pos = 0

    def __call__(self, n):
        d = self.data[self.pos:self.pos + n]
        self.pos += len(d)
        return d


def _load_with(read):
    pb = _PushbackRead(read)
    r = _Reader(pb)
    _install_pushback(r, pb)
    v = r.r_object()
    return v, pb


def _install_pushback(r, pb):
    # _r_object stores peeked bytes in r._pushback; move them to pb
    orig = r._r_object

    def wrapped():
        pend = r.__dict__.pop('_pushback', None)
        if pend is not None:
            pb.pending = pend + pb.pending
        return orig()
    r._r_object = wrapped

    def child():
        pend = r.__dict__.pop('_pushback', None)
        if pend is not None:
            pb.pending = pend + pb.pending
        return r.r_object()
    r._child = child


def loads(bytes, /):
    """Convert the bytes-like object to a value.  Extra bytes are ignored."""
    data = memoryview(bytes).tobytes() if not isinstance(bytes, (type(b''),)) else bytes
    br = _BytesReader(data)
    v, pb = _load_with(br)
    return v


def load(file, /):
    """Read one value from the open file and return it."""
    v, pb = _load_with(file.read)
    return v
