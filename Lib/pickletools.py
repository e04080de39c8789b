"""Tools for working with pickles (pyrite implementation).

genops(pickle) yields (opcode, arg, pos) triples; dis(pickle) prints a
symbolic disassembly; optimize(pickle) removes unused PUT opcodes.
"""

import codecs
import io
import pickle
import re
import sys

__all__ = ['dis', 'genops', 'optimize']

bytes_types = pickle.bytes_types

UP_TO_NEWLINE = -1
TAKEN_FROM_ARGUMENT1 = -2
TAKEN_FROM_ARGUMENT4 = -3
TAKEN_FROM_ARGUMENT4U = -4
TAKEN_FROM_ARGUMENT8U = -5


class ArgumentDescriptor(object):
    __slots__ = ('name', 'n', 'reader', 'doc')

    def __init__(self, name, n, reader, doc):
        assert isinstance(name, str)
        self.name = name
        self.n = n
        self.reader = reader
        self.doc = doc


def _need(f, n, what):
    data = f.read(n)
    if len(data) != n:
        raise ValueError("not enough data in stream to read %s" % what)
    return data


def read_uint1(f):
    return _need(f, 1, "uint1")[0]


def read_uint2(f):
    return int.from_bytes(_need(f, 2, "uint2"), 'little')


def read_int4(f):
    return int.from_bytes(_need(f, 4, "int4"), 'little', signed=True)


def read_uint4(f):
    return int.from_bytes(_need(f, 4, "uint4"), 'little')


def read_uint8(f):
    return int.from_bytes(_need(f, 8, "uint8"), 'little')


def read_stringnl(f, decode=True, stripquotes=True):
    data = f.readline()
    if not data.endswith(b'\n'):
        raise ValueError("no newline found when trying to read stringnl")
    data = data[:-1]
    if stripquotes:
        for q in (b'"', b"'"):
            if data.startswith(q):
                if not data.endswith(q):
                    raise ValueError("strinq quote %r not found at both "
                                     "ends of %r" % (q, data))
                data = data[1:-1]
                break
        else:
            raise ValueError("no string quotes around %r" % data)
    if decode:
        data = pickle._escape_decode(data).decode("ascii")
    return data


def read_stringnl_noescape(f):
    data = f.readline()
    if not data.endswith(b'\n'):
        raise ValueError("no newline found when trying to read stringnl")
    return data[:-1].decode("utf-8")


def read_stringnl_noescape_pair(f):
    return "%s %s" % (read_stringnl_noescape(f), read_stringnl_noescape(f))


def _counted(f, n, what):
    data = f.read(n)
    if len(data) == n:
        return data
    raise ValueError("expected %d bytes in a %s, but only %d remain" %
                     (n, what, len(data)))


def read_string1(f):
    n = read_uint1(f)
    return _counted(f, n, "string1").decode("latin-1")


def read_string4(f):
    n = read_int4(f)
    if n < 0:
        raise ValueError("string4 byte count < 0: %d" % n)
    return _counted(f, n, "string4").decode("latin-1")


def read_bytes1(f):
    n = read_uint1(f)
    return _counted(f, n, "bytes1")


def read_bytes4(f):
    n = read_uint4(f)
    return _counted(f, n, "bytes4")


def read_bytes8(f):
    n = read_uint8(f)
    if n > sys.maxsize:
        raise ValueError("bytes8 byte count > sys.maxsize: %d" % n)
    return _counted(f, n, "bytes8")


def read_bytearray8(f):
    n = read_uint8(f)
    if n > sys.maxsize:
        raise ValueError("bytearray8 byte count > sys.maxsize: %d" % n)
    return bytearray(_counted(f, n, "bytearray8"))


def read_unicodestringnl(f):
    data = f.readline()
    if not data.endswith(b'\n'):
        raise ValueError("no newline found when trying to read "
                         "unicodestringnl")
    return pickle._raw_unicode_escape_decode(data[:-1])


def read_unicodestring1(f):
    n = read_uint1(f)
    return str(_counted(f, n, "unicodestring1"), 'utf-8', 'surrogatepass')


def read_unicodestring4(f):
    n = read_uint4(f)
    return str(_counted(f, n, "unicodestring4"), 'utf-8', 'surrogatepass')


def read_unicodestring8(f):
    n = read_uint8(f)
    if n > sys.maxsize:
        raise ValueError("unicodestring8 byte count > sys.maxsize: %d" % n)
    return str(_counted(f, n, "unicodestring8"), 'utf-8', 'surrogatepass')


def read_decimalnl_short(f):
    s = read_stringnl(f, decode=False, stripquotes=False)
    if s == b"00":
        return False
    elif s == b"01":
        return True
    return int(s)


def read_decimalnl_long(f):
    s = read_stringnl(f, decode=False, stripquotes=False)
    if s[-1:] == b'L':
        s = s[:-1]
    return int(s)


def read_floatnl(f):
    s = read_stringnl(f, decode=False, stripquotes=False)
    return float(s)


def read_float8(f):
    data = f.read(8)
    if len(data) == 8:
        return pickle.unpack(">d", data)[0]
    raise ValueError("not enough data in stream to read float8")


def read_long1(f):
    n = read_uint1(f)
    data = f.read(n)
    if len(data) != n:
        raise ValueError("not enough data in stream to read long1")
    return pickle.decode_long(data)


def read_long4(f):
    n = read_int4(f)
    if n < 0:
        raise ValueError("long4 byte count < 0: %d" % n)
    data = f.read(n)
    if len(data) != n:
        raise ValueError("not enough data in stream to read long4")
    return pickle.decode_long(data)


uint1 = ArgumentDescriptor('uint1', 1, read_uint1, "One-byte unsigned integer.")
uint2 = ArgumentDescriptor('uint2', 2, read_uint2, "Two-byte unsigned integer, little-endian.")
int4 = ArgumentDescriptor('int4', 4, read_int4, "Four-byte signed integer, little-endian, 2's complement.")
uint4 = ArgumentDescriptor('uint4', 4, read_uint4, "Four-byte unsigned integer, little-endian.")
uint8 = ArgumentDescriptor('uint8', 8, read_uint8, "Eight-byte unsigned integer, little-endian.")
stringnl = ArgumentDescriptor('stringnl', UP_TO_NEWLINE, read_stringnl,
                              "A newline-terminated string.")
stringnl_noescape = ArgumentDescriptor('stringnl_noescape', UP_TO_NEWLINE,
                                       read_stringnl_noescape,
                                       "A newline-terminated string.")
stringnl_noescape_pair = ArgumentDescriptor('stringnl_noescape_pair', UP_TO_NEWLINE,
                                            read_stringnl_noescape_pair,
                                            "A pair of newline-terminated strings.")
string1 = ArgumentDescriptor('string1', TAKEN_FROM_ARGUMENT1, read_string1,
                             "A counted string.")
string4 = ArgumentDescriptor('string4', TAKEN_FROM_ARGUMENT4, read_string4,
                             "A counted string.")
bytes1 = ArgumentDescriptor('bytes1', TAKEN_FROM_ARGUMENT1, read_bytes1,
                            "A counted bytes string.")
bytes4 = ArgumentDescriptor('bytes4', TAKEN_FROM_ARGUMENT4U, read_bytes4,
                            "A counted bytes string.")
bytes8 = ArgumentDescriptor('bytes8', TAKEN_FROM_ARGUMENT8U, read_bytes8,
                            "A counted bytes string.")
bytearray8 = ArgumentDescriptor('bytearray8', TAKEN_FROM_ARGUMENT8U, read_bytearray8,
                                "A counted bytearray.")
unicodestringnl = ArgumentDescriptor('unicodestringnl', UP_TO_NEWLINE,
                                     read_unicodestringnl,
                                     "A newline-terminated Unicode string.")
unicodestring1 = ArgumentDescriptor('unicodestring1', TAKEN_FROM_ARGUMENT1,
                                    read_unicodestring1, "A counted Unicode string.")
unicodestring4 = ArgumentDescriptor('unicodestring4', TAKEN_FROM_ARGUMENT4U,
                                    read_unicodestring4, "A counted Unicode string.")
unicodestring8 = ArgumentDescriptor('unicodestring8', TAKEN_FROM_ARGUMENT8U,
                                    read_unicodestring8, "A counted Unicode string.")
decimalnl_short = ArgumentDescriptor('decimalnl_short', UP_TO_NEWLINE,
                                     read_decimalnl_short,
                                     "A newline-terminated decimal integer literal.")
decimalnl_long = ArgumentDescriptor('decimalnl_long', UP_TO_NEWLINE,
                                    read_decimalnl_long,
                                    "A newline-terminated decimal integer literal.")
floatnl = ArgumentDescriptor('floatnl', UP_TO_NEWLINE, read_floatnl,
                             "A newline-terminated decimal floating literal.")
float8 = ArgumentDescriptor('float8', 8, read_float8,
                            "An 8-byte binary representation of a float, big-endian.")
long1 = ArgumentDescriptor('long1', TAKEN_FROM_ARGUMENT1, read_long1,
                           "A binary long, little-endian, using 1-byte size.")
long4 = ArgumentDescriptor('long4', TAKEN_FROM_ARGUMENT4, read_long4,
                           "A binary representation of a long, little-endian.")


class StackObject(object):
    __slots__ = ('name', 'obtype', 'doc')

    def __init__(self, name, obtype, doc):
        self.name = name
        self.obtype = obtype
        self.doc = doc

    def __repr__(self):
        return self.name


pyint = pylong = StackObject('int', int, "A Python integer object.")
pyinteger_or_bool = StackObject('int_or_bool', (int, bool),
                                "A Python integer or boolean object.")
pybool = StackObject('bool', bool, "A Python boolean object.")
pyfloat = StackObject('float', float, "A Python float object.")
pybytes_or_str = pystring = StackObject('bytes_or_str', (bytes, str),
                                        "A Python bytes or (Unicode) string object.")
pybytes = StackObject('bytes', bytes, "A Python bytes object.")
pybytearray = StackObject('bytearray', bytearray, "A Python bytearray object.")
pyunicode = StackObject('str', str, "A Python (Unicode) string object.")
pynone = StackObject('None', type(None), "The Python None object.")
pytuple = StackObject('tuple', tuple, "A Python tuple object.")
pylist = StackObject('list', list, "A Python list object.")
pydict = StackObject('dict', dict, "A Python dict object.")
pyset = StackObject('set', set, "A Python set object.")
pyfrozenset = StackObject('frozenset', set, "A Python frozenset object.")
pybuffer = StackObject('buffer', object, "A Python buffer-like object.")
anyobject = StackObject('any', object, "Any kind of object whatsoever.")
markobject = StackObject('mark', StackObject,
                         "'The mark' is a unique object.")
stackslice = StackObject('stackslice', StackObject,
                         "An object representing a contiguous slice of the stack.")


class OpcodeInfo(object):
    __slots__ = ('name', 'code', 'arg', 'stack_before', 'stack_after',
                 'proto', 'doc')

    def __init__(self, name, code, arg, stack_before, stack_after, proto, doc):
        self.name = name
        self.code = code
        self.arg = arg
        self.stack_before = stack_before
        self.stack_after = stack_after
        self.proto = proto
        self.doc = doc


I = OpcodeInfo
_any, _mark, _slice = anyobject, markobject, stackslice
opcodes = [
    I('INT', 'I', decimalnl_short, [], [pyinteger_or_bool], 0,
      "Push an integer or bool."),
    I('BININT', 'J', int4, [], [pyint], 1,
      "Push a four-byte signed integer."),
    I('BININT1', 'K', uint1, [], [pyint], 1,
      "Push a one-byte unsigned integer."),
    I('BININT2', 'M', uint2, [], [pyint], 1,
      "Push a two-byte unsigned integer."),
    I('LONG', 'L', decimalnl_long, [], [pyint], 0,
      "Push a long integer."),
    I('LONG1', '\x8a', long1, [], [pyint], 2,
      "Long integer using one-byte length."),
    I('LONG4', '\x8b', long4, [], [pyint], 2,
      "Long integer using found-byte length."),
    I('STRING', 'S', stringnl, [], [pybytes_or_str], 0,
      "Push a Python string object."),
    I('BINSTRING', 'T', string4, [], [pybytes_or_str], 1,
      "Push a Python string object."),
    I('SHORT_BINSTRING', 'U', string1, [], [pybytes_or_str], 1,
      "Push a Python string object."),
    I('BINBYTES', 'B', bytes4, [], [pybytes], 3,
      "Push a Python bytes object."),
    I('SHORT_BINBYTES', 'C', bytes1, [], [pybytes], 3,
      "Push a Python bytes object."),
    I('BINBYTES8', '\x8e', bytes8, [], [pybytes], 4,
      "Push a Python bytes object."),
    I('BYTEARRAY8', '\x96', bytearray8, [], [pybytearray], 5,
      "Push a Python bytearray object."),
    I('NEXT_BUFFER', '\x97', None, [], [pybuffer], 5,
      "Push an out-of-band buffer object."),
    I('READONLY_BUFFER', '\x98', None, [pybuffer], [pybuffer], 5,
      "Make an out-of-band buffer object read-only."),
    I('NONE', 'N', None, [], [pynone], 0,
      "Push None on the stack."),
    I('NEWTRUE', '\x88', None, [], [pybool], 2,
      "Push True onto the stack."),
    I('NEWFALSE', '\x89', None, [], [pybool], 2,
      "Push False onto the stack."),
    I('UNICODE', 'V', unicodestringnl, [], [pyunicode], 0,
      "Push a Python Unicode string object."),
    I('SHORT_BINUNICODE', '\x8c', unicodestring1, [], [pyunicode], 4,
      "Push a Python Unicode string object."),
    I('BINUNICODE', 'X', unicodestring4, [], [pyunicode], 1,
      "Push a Python Unicode string object."),
    I('BINUNICODE8', '\x8d', unicodestring8, [], [pyunicode], 4,
      "Push a Python Unicode string object."),
    I('FLOAT', 'F', floatnl, [], [pyfloat], 0,
      "Newline-terminated decimal float literal."),
    I('BINFLOAT', 'G', float8, [], [pyfloat], 1,
      "Float stored in binary form, with 8 bytes of data."),
    I('EMPTY_LIST', ']', None, [], [pylist], 1,
      "Push an empty list."),
    I('APPEND', 'a', None, [pylist, _any], [pylist], 0,
      "Append an object to a list."),
    I('APPENDS', 'e', None, [pylist, _mark, _slice], [pylist], 1,
      "Extend a list by a slice of stack objects."),
    I('LIST', 'l', None, [_mark, _slice], [pylist], 0,
      "Build a list out of the topmost stack slice, after markobject."),
    I('EMPTY_TUPLE', ')', None, [], [pytuple], 1,
      "Push an empty tuple."),
    I('TUPLE', 't', None, [_mark, _slice], [pytuple], 0,
      "Build a tuple out of the topmost stack slice, after markobject."),
    I('TUPLE1', '\x85', None, [_any], [pytuple], 2,
      "Build a one-tuple out of the topmost item on the stack."),
    I('TUPLE2', '\x86', None, [_any, _any], [pytuple], 2,
      "Build a two-tuple out of the top two items on the stack."),
    I('TUPLE3', '\x87', None, [_any, _any, _any], [pytuple], 2,
      "Build a three-tuple out of the top three items on the stack."),
    I('EMPTY_DICT', '}', None, [], [pydict], 1,
      "Push an empty dict."),
    I('DICT', 'd', None, [_mark, _slice], [pydict], 0,
      "Build a dict out of the topmost stack slice, after markobject."),
    I('SETITEM', 's', None, [pydict, _any, _any], [pydict], 0,
      "Add a key+value pair to an existing dict."),
    I('SETITEMS', 'u', None, [pydict, _mark, _slice], [pydict], 1,
      "Add an arbitrary number of key+value pairs to an existing dict."),
    I('EMPTY_SET', '\x8f', None, [], [pyset], 4,
      "Push an empty set."),
    I('ADDITEMS', '\x90', None, [pyset, _mark, _slice], [pyset], 4,
      "Add an arbitrary number of items to an existing set."),
    I('FROZENSET', '\x91', None, [_mark, _slice], [pyfrozenset], 4,
      "Build a frozenset out of the topmost slice, after markobject."),
    I('POP', '0', None, [_any], [], 0,
      "Discard the top stack item, shrinking the stack by one item."),
    I('DUP', '2', None, [_any], [_any, _any], 0,
      "Push the top stack item onto the stack again, duplicating it."),
    I('MARK', '(', None, [], [_mark], 0,
      "Push markobject onto the stack."),
    I('POP_MARK', '1', None, [_mark, _slice], [], 1,
      "Pop all the stack objects at and above the topmost markobject."),
    I('GET', 'g', decimalnl_short, [], [_any], 0,
      "Read an object from the memo and push it on the stack."),
    I('BINGET', 'h', uint1, [], [_any], 1,
      "Read an object from the memo and push it on the stack."),
    I('LONG_BINGET', 'j', uint4, [], [_any], 1,
      "Read an object from the memo and push it on the stack."),
    I('PUT', 'p', decimalnl_short, [], [], 0,
      "Store the stack top into the memo.  The stack is not popped."),
    I('BINPUT', 'q', uint1, [], [], 1,
      "Store the stack top into the memo.  The stack is not popped."),
    I('LONG_BINPUT', 'r', uint4, [], [], 1,
      "Store the stack top into the memo.  The stack is not popped."),
    I('MEMOIZE', '\x94', None, [_any], [_any], 4,
      "Store the stack top into the memo.  The stack is not popped."),
    I('EXT1', '\x82', uint1, [], [_any], 2,
      "Extension code."),
    I('EXT2', '\x83', uint2, [], [_any], 2,
      "Extension code."),
    I('EXT4', '\x84', int4, [], [_any], 2,
      "Extension code."),
    I('GLOBAL', 'c', stringnl_noescape_pair, [], [_any], 0,
      "Push a global object (module.attr) on the stack."),
    I('STACK_GLOBAL', '\x93', None, [pyunicode, pyunicode], [_any], 4,
      "Push a global object (module.attr) on the stack."),
    I('REDUCE', 'R', None, [_any, _any], [_any], 0,
      "Push an object built from a callable and an argument tuple."),
    I('BUILD', 'b', None, [_any, _any], [_any], 0,
      "Finish building an object, via __setstate__ or dict update."),
    I('INST', 'i', stringnl_noescape_pair, [_mark, _slice], [_any], 0,
      "Build a class instance."),
    I('OBJ', 'o', None, [_mark, _any, _slice], [_any], 1,
      "Build a class instance."),
    I('NEWOBJ', '\x81', None, [_any, _any], [_any], 2,
      "Build an object instance."),
    I('NEWOBJ_EX', '\x92', None, [_any, _any, _any], [_any], 4,
      "Build an object instance."),
    I('PROTO', '\x80', uint1, [], [], 2,
      "Protocol version indicator."),
    I('STOP', '.', None, [_any], [], 0,
      "Stop the unpickling machine."),
    I('FRAME', '\x95', uint8, [], [], 4,
      "Indicate the beginning of a new frame."),
    I('PERSID', 'P', stringnl_noescape, [], [_any], 0,
      "Push an object identified by a persistent ID."),
    I('BINPERSID', 'Q', None, [_any], [_any], 1,
      "Push an object identified by a persistent ID."),
]
del I

name2i = {}
code2i = {}
for _i, _d in enumerate(opcodes):
    name2i[_d.name] = _i
    code2i[_d.code] = _i
del _i, _d

code2op = {}
for _d in opcodes:
    code2op[_d.code] = _d
del _d


def _genops(data, yield_end_pos=False):
    if isinstance(data, bytes_types):
        data = io.BytesIO(data)

    if hasattr(data, "tell"):
        getpos = data.tell
    else:
        getpos = lambda: None

    while True:
        pos = getpos()
        code = data.read(1)
        opcode = code2op.get(code.decode("latin-1"))
        if opcode is None:
            if code == b"":
                raise ValueError("pickle exhausted before seeing STOP")
            else:
                raise ValueError("at position %s, opcode %r unknown" % (
                                 "<unknown>" if pos is None else pos,
                                 code))
        if opcode.arg is None:
            arg = None
        else:
            arg = opcode.arg.reader(data)
        if yield_end_pos:
            yield opcode, arg, pos, getpos()
        else:
            yield opcode, arg, pos
        if code == b'.':
            assert opcode.name == 'STOP'
            break


def genops(pickle):
    """Generate all the opcodes in a pickle as (opcode, arg, pos) triples."""
    return _genops(pickle)


def optimize(p):
    """Optimize a pickle string by removing unused PUT opcodes."""
    put = 'PUT'
    get = 'GET'
    oldids = set()
    newids = {}
    ops = []
    proto = 0
    protoheader = b''
    for opcode, arg, pos, end_pos in _genops(p, yield_end_pos=True):
        if 'PUT' in opcode.name:
            oldids.add(arg)
            ops.append((put, arg))
        elif opcode.name == 'MEMOIZE':
            idx = len(oldids)
            oldids.add(idx)
            ops.append((put, idx))
        elif 'FRAME' in opcode.name:
            pass
        elif 'GET' in opcode.name:
            if opcode.proto > proto:
                proto = opcode.proto
            newids[arg] = None
            ops.append((get, arg))
        elif opcode.name == 'PROTO':
            if arg > proto:
                proto = arg
            if pos == 0:
                protoheader = p[pos:end_pos]
            else:
                ops.append((pos, end_pos))
        else:
            if opcode.proto > proto:
                proto = opcode.proto
            ops.append((pos, end_pos))
    del oldids

    out = io.BytesIO()
    out.write(protoheader)
    pickler = pickle._Pickler(out, proto)
    if proto >= 4:
        pickler.framer.start_framing()
    idx = 0
    for op, arg in ops:
        frameless = False
        if op is put:
            if arg not in newids:
                continue
            data = pickler.put(idx)
            newids[arg] = idx
            idx += 1
        elif op is get:
            data = pickler.get(newids[arg])
        else:
            data = p[op:arg]
            frameless = len(data) > pickle._FRAME_SIZE_TARGET
        pickler.framer.commit_frame(force=frameless)
        if frameless:
            pickler.framer.file_write(data)
        else:
            pickler.write(data)
    pickler.framer.end_framing()
    return out.getvalue()


def dis(pickle, out=None, memo=None, indentlevel=4, annotate=0):
    """Produce a symbolic disassembly of a pickle."""
    stack = []
    if memo is None:
        memo = {}
    maxproto = -1
    markstack = []
    indentchunk = ' ' * indentlevel
    errormsg = None
    annocol = annotate
    for opcode, arg, pos in genops(pickle):
        if pos is not None:
            print("%5d:" % pos, end=' ', file=out)

        line = "%-4s %s%s" % (repr(opcode.code)[1:-1],
                              indentchunk * len(markstack),
                              opcode.name)

        maxproto = max(maxproto, opcode.proto)
        before = opcode.stack_before
        after = opcode.stack_after
        numtopop = len(before)

        markmsg = None
        if markobject in before or (opcode.name == "POP" and stack and
                                    stack[-1] is markobject):
            if markstack:
                markpos = markstack.pop()
                if markpos is None:
                    markmsg = "(MARK at unknown opcode offset)"
                else:
                    markmsg = "(MARK at %d)" % markpos
                while stack[-1] is not markobject:
                    stack.pop()
                stack.pop()
                try:
                    numtopop = before.index(markobject)
                except ValueError:
                    assert opcode.name == "POP"
                    numtopop = 0
            else:
                errormsg = markmsg = "no MARK exists on stack"

        if opcode.name in ("PUT", "BINPUT", "LONG_BINPUT", "MEMOIZE"):
            if opcode.name == "MEMOIZE":
                memo_idx = len(memo)
                markmsg = "(as %d)" % memo_idx
            else:
                assert arg is not None
                memo_idx = arg
            if memo_idx in memo:
                errormsg = "memo key %r already defined" % arg
            elif not stack:
                errormsg = "stack is empty -- can't store into memo"
            elif stack[-1] is markobject:
                errormsg = "can't store markobject in the memo"
            else:
                memo[memo_idx] = stack[-1]
        elif opcode.name in ("GET", "BINGET", "LONG_BINGET"):
            if arg in memo:
                assert len(after) == 1
                after = [memo[arg]]
            else:
                errormsg = "memo key %r has never been stored into" % arg

        if arg is not None or markmsg:
            line += ' ' * (10 - len(opcode.name))
            if arg is not None:
                line += ' ' + repr(arg)
            if markmsg:
                line += ' ' + markmsg
        if annotate:
            line += ' ' * (annocol - len(line))
            annocol = len(line)
            if annocol > 50:
                annocol = annotate
            line += ' ' + opcode.doc.split('\n', 1)[0]
        print(line, file=out)

        if errormsg:
            raise ValueError(errormsg)

        if len(stack) < numtopop:
            raise ValueError("tries to pop %d items from stack with "
                             "only %d items" % (numtopop, len(stack)))
        if numtopop:
            del stack[-numtopop:]
        if markobject in after:
            assert markobject not in before
            markstack.append(pos)

        stack.extend(after)

    print("highest protocol among opcodes =", maxproto, file=out)
    if stack:
        raise ValueError("stack not empty after STOP: %r" % stack)


def _main(args=None):
    import argparse
    parser = argparse.ArgumentParser(
        description='disassemble one or more pickle files')
    parser.add_argument('pickle_file', type=argparse.FileType('br'),
                        nargs='*', help='the pickle file')
    parser.add_argument('-o', '--output', default=sys.stdout,
                        type=argparse.FileType('w'),
                        help='the file where the output should be written')
    parser.add_argument('-m', '--memo', action='store_true',
                        help='preserve memo between disassemblies')
    parser.add_argument('-l', '--indentlevel', default=4, type=int,
                        help='the number of blanks by which to indent a new MARK level')
    parser.add_argument('-a', '--annotate', action='store_true',
                        help='annotate each line with a short opcode description')
    parser.add_argument('-p', '--preamble', default="==> {name} <==",
                        help='if more than one pickle file is specified, print this before each disassembly')
    args = parser.parse_args(args)
    annotate = 30 if args.annotate else 0
    if not args.pickle_file:
        parser.print_help()
    else:
        memo = {} if args.memo else None
        for f in args.pickle_file:
            preamble = args.preamble.format(name=f.name)
            args.output.write(preamble + '\n')
            dis(f, args.output, memo, args.indentlevel, annotate)


if __name__ == "__main__":
    _main()
