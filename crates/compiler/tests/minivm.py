"""A throwaway interpreter for pyrite bytecode, written in Python on top of
CPython's objects. It exists only to test the compiler's output semantics
before the real VM exists: run a program's bytecode (JSON from
`cargo run -p pyrite-compiler --example dump_json -- prog.py`) and compare
its stdout with CPython running the source.

    python3 tests/minivm.py prog.json [prog.py]

Not a model of the real VM: no async, approximate error messages.
"""
import builtins
import collections.abc
import json
import operator
import re
import sys
import types

NULL = object()


class CodeObj:
    def __init__(self, d):
        self.name = d["name"]
        self.qualname = d["qualname"]
        self.flags = d["flags"]
        self.argcount = d["argcount"]
        self.posonly = d["posonly"]
        self.kwonly = d["kwonly"]
        self.instrs = [parse_instr(s) for s in d["instrs"]]
        self.pos = d["pos"]
        self.consts = [conv_const(c) for c in d["consts"]]
        self.names = d["names"]
        self.varnames = d["varnames"]
        self.cellvars = d["cellvars"]
        self.freevars = d["freevars"]
        self.cell2arg = d["cell2arg"]
        self.firstline = d["firstline"]

    @property
    def is_gen(self):
        return self.flags & (0x20 | 0x80 | 0x200)


def parse_val(v):
    v = v.strip()
    if v == "true":
        return True
    if v == "false":
        return False
    try:
        return int(v)
    except ValueError:
        return v


INSTR_RE = re.compile(r"^(\w+)(?:\((.*)\)| \{ (.*) \})?$")


def parse_instr(s):
    m = INSTR_RE.match(s)
    name = m.group(1)
    if m.group(2) is not None:
        return (name, tuple(parse_val(a) for a in m.group(2).split(",")))
    if m.group(3) is not None:
        d = {}
        for kv in m.group(3).split(", "):
            k, v = kv.split(": ")
            d[k] = parse_val(v)
        return (name, d)
    return (name, ())


def conv_const(c):
    t = c["t"]
    if t == "none":
        return None
    if t == "bool":
        return c["v"]
    if t == "ellipsis":
        return ...
    if t == "int":
        return int(c["v"])
    if t == "float":
        return float(c["v"])
    if t == "complex":
        return complex(float(c["r"]), float(c["i"]))
    if t == "str":
        return c["v"]
    if t == "strcp":
        return "".join(chr(x) for x in c["v"])
    if t == "bytes":
        return bytes(c["v"])
    if t == "tuple":
        return tuple(conv_const(x) for x in c["v"])
    if t == "frozenset":
        return frozenset(tuple(frozenset(conv_const(x) for x in c["v"])))
    if t == "code":
        return CodeObj(c["v"])
    raise ValueError(t)


class Function:
    def __init__(self, code, globals_, qualname, defaults=None, kwdefaults=None, annotations=None, closure=()):
        self.code = code
        self.__globals__ = globals_
        self.__name__ = code.name
        self.__qualname__ = qualname
        self.__defaults__ = defaults
        self.__kwdefaults__ = kwdefaults
        self.__annotations__ = annotations or {}
        self.__closure__ = closure
        self.__module__ = globals_.get("__name__")
        self.__doc__ = None
        if code.consts and isinstance(code.consts[0], str) and code.name not in ("<lambda>",) and not code.name.startswith("<"):
            self.__doc__ = code.consts[0]
        self.__dict__.update({})

    def __repr__(self):
        return f"<function {self.__qualname__} at {id(self):#x}>"

    def __get__(self, obj, typ=None):
        if obj is None:
            return self
        return types.MethodType(self, obj)

    def __call__(self, *args, **kwargs):
        frame = Frame(self.code, self.__globals__, None, self.__closure__)
        frame.bind_args(self, args, kwargs)
        if self.code.is_gen:
            if self.code.flags & 0x20:
                return Generator(frame, self)
            if self.code.flags & 0x80:
                return Coroutine(frame, self)
            return AsyncGen(frame, self)
        return frame.run_sync()


class Generator:
    def __init__(self, frame, func):
        self.frame = frame
        self.done = False
        self.__name__ = func.__name__
        self.__qualname__ = func.__qualname__
        self.running = False

    def __iter__(self):
        return self

    def __next__(self):
        return self.send(None)

    def _resume(self, value, exc):
        if self.done:
            if exc is not None:
                raise exc
            raise StopIteration
        if self.running:
            raise ValueError("generator already executing")
        self.running = True
        try:
            kind, val = self.frame.resume(value, exc)
        except StopIteration:
            self.done = True
            raise RuntimeError("generator raised StopIteration")
        except BaseException:
            self.done = True
            raise
        finally:
            self.running = False
        if kind == "return":
            self.done = True
            if val is None:
                raise StopIteration
            raise StopIteration(val)
        return val

    def send(self, value):
        if not self.frame.started and value is not None:
            raise TypeError("can't send non-None value to a just-started generator")
        return self._resume(value, None)

    def throw(self, typ, val=None, tb=None):
        if isinstance(typ, type):
            exc = typ() if val is None else (val if isinstance(val, typ) else typ(val))
        else:
            exc = typ
        if not self.frame.started:
            self.done = True
            raise exc
        return self._resume(None, exc)

    def close(self):
        if self.done or not self.frame.started:
            self.done = True
            return
        try:
            self._resume(None, GeneratorExit())
        except (GeneratorExit, StopIteration):
            return
        raise RuntimeError("generator ignored GeneratorExit")

    def __repr__(self):
        return f"<generator object {self.__qualname__} at {id(self):#x}>"


class Coroutine(collections.abc.Coroutine):
    def __init__(self, frame, func):
        self.gen = Generator(frame, func)
        self.__name__ = func.__name__
        self.__qualname__ = func.__qualname__

    def send(self, v):
        return self.gen.send(v)

    def throw(self, typ, val=None, tb=None):
        return self.gen.throw(typ, val, tb)

    def close(self):
        return self.gen.close()

    def __await__(self):
        return self

    def __iter__(self):
        return self

    def __next__(self):
        return self.gen.send(None)

    def __repr__(self):
        return f"<coroutine object {self.__qualname__} at {id(self):#x}>"


class ASend:
    """The awaitable of `agen.asend(v)` / `__anext__()` / `athrow()`."""

    def __init__(self, agen, value, exc=None):
        self.agen = agen
        self.value = value
        self.exc = exc
        self.first = True

    def __await__(self):
        return self

    def __iter__(self):
        return self

    def __next__(self):
        return self.send(None)

    def send(self, v):
        return self._step(v, None)

    def throw(self, typ, val=None, tb=None):
        exc = typ() if isinstance(typ, type) and val is None else (val if val is not None else typ)
        return self._step(None, exc)

    def close(self):
        pass

    def _step(self, v, exc):
        a = self.agen
        if a.done:
            raise StopAsyncIteration
        frame = a.frame
        if self.first:
            self.first = False
            v = self.value
            exc = exc or self.exc
            if not frame.started and exc is not None:
                a.done = True
                raise exc
        try:
            r = frame.resume(v, exc)
        except StopAsyncIteration:
            a.done = True
            raise RuntimeError("async generator raised StopAsyncIteration")
        except BaseException:
            a.done = True
            raise
        if r[0] == "return":
            a.done = True
            raise StopAsyncIteration
        if r[0] == "yield_from":
            return r[1]
        raise StopIteration(r[1])


class AsyncGen:
    def __init__(self, frame, func):
        self.frame = frame
        self.done = False
        self.__name__ = func.__name__
        self.__qualname__ = func.__qualname__

    def __aiter__(self):
        return self

    def __anext__(self):
        return ASend(self, None)

    def asend(self, v):
        return ASend(self, v)

    def athrow(self, typ, val=None, tb=None):
        exc = typ() if isinstance(typ, type) and val is None else (val if val is not None else typ)
        return ASend(self, None, exc)

    def aclose(self):
        agen = self

        class Close:
            def __await__(self):
                if agen.done or not agen.frame.started:
                    agen.done = True
                    return
                try:
                    r = agen.frame.resume(None, GeneratorExit())
                except (GeneratorExit, StopAsyncIteration):
                    agen.done = True
                    return
                if r[0] == "yield":
                    raise RuntimeError("async generator ignored GeneratorExit")
                agen.done = True
                return
                yield

        return Close()


class Block:
    __slots__ = ("kind", "handler", "depth", "prev_exc")

    def __init__(self, kind, handler, depth, prev_exc=None):
        self.kind = kind
        self.handler = handler
        self.depth = depth
        self.prev_exc = prev_exc


BINOPS = {
    "Add": operator.add, "Sub": operator.sub, "Mul": operator.mul, "MatMul": operator.matmul,
    "TrueDiv": operator.truediv, "FloorDiv": operator.floordiv, "Mod": operator.mod, "Pow": operator.pow,
    "LShift": operator.lshift, "RShift": operator.rshift, "And": operator.and_, "Or": operator.or_,
    "Xor": operator.xor,
}
IBINOPS = {
    "Add": operator.iadd, "Sub": operator.isub, "Mul": operator.imul, "MatMul": operator.imatmul,
    "TrueDiv": operator.itruediv, "FloorDiv": operator.ifloordiv, "Mod": operator.imod, "Pow": operator.ipow,
    "LShift": operator.ilshift, "RShift": operator.irshift, "And": operator.iand, "Or": operator.ior,
    "Xor": operator.ixor,
}
CMPOPS = {"Lt": operator.lt, "Le": operator.le, "Eq": operator.eq, "Ne": operator.ne, "Gt": operator.gt, "Ge": operator.ge}
UNOPS = {"Negative": operator.neg, "Positive": operator.pos, "Invert": operator.invert, "Not": operator.not_}


def build_class(func, name, *bases, **kwds):
    orig_bases = bases
    bases = types.resolve_bases(bases)
    meta, ns, kwds = types.prepare_class(name, bases, kwds)
    frame = Frame(func.code, func.__globals__, ns, func.__closure__)
    cell = frame.run_sync()
    if bases is not orig_bases and bases != orig_bases:
        ns["__orig_bases__"] = orig_bases
    # type.__new__ only converts real functions; do it for ours.
    for k in ("__init_subclass__", "__class_getitem__"):
        if isinstance(ns.get(k), Function):
            ns[k] = classmethod(ns[k])
    if isinstance(ns.get("__new__"), Function):
        ns["__new__"] = staticmethod(ns["__new__"])
    cls = meta(name, bases, ns, **kwds)
    return cls


class Frame:
    def __init__(self, code, globals_, locals_, closure):
        self.code = code
        self.globals = globals_
        self.locals = locals_
        self.builtins = builtins.__dict__
        self.fast = [NULL] * len(code.varnames)
        self.cells = [types.CellType() for _ in code.cellvars] + list(closure or ())
        self.stack = []
        self.blocks = []
        self.pc = 0
        self.started = False
        self.cur_exc = None
        self.kwnames = None

    def bind_args(self, func, args, kwargs):
        co = self.code
        nparams = co.argcount + co.kwonly
        varargs = co.flags & 4
        varkw = co.flags & 8
        fast = self.fast
        npos = min(len(args), co.argcount)
        for i in range(npos):
            fast[i] = args[i]
        extra = args[co.argcount:]
        idx = nparams
        if varargs:
            fast[idx] = tuple(extra)
            idx += 1
        elif extra:
            given = len(args)
            raise TypeError(
                f"{func.__name__}() takes {co.argcount} positional argument{'s' if co.argcount != 1 else ''} but {given} {'were' if given != 1 else 'was'} given"
            )
        kwdict = {} if varkw else None
        for k, v in kwargs.items():
            try:
                j = co.varnames.index(k, co.posonly, nparams)
            except ValueError:
                j = -1
            if j < 0:
                if kwdict is None:
                    raise TypeError(f"{func.__name__}() got an unexpected keyword argument '{k}'")
                kwdict[k] = v
                continue
            if fast[j] is not NULL:
                raise TypeError(f"{func.__name__}() got multiple values for argument '{k}'")
            fast[j] = v
        if varkw:
            fast[idx] = kwdict
        defaults = func.__defaults__ or ()
        nd = len(defaults)
        missing = []
        for i in range(co.argcount):
            if fast[i] is NULL:
                di = i - (co.argcount - nd)
                if di >= 0:
                    fast[i] = defaults[di]
                else:
                    missing.append(co.varnames[i])
        if missing:
            n = len(missing)
            names = " and ".join(f"'{m}'" for m in missing) if n <= 2 else ", ".join(f"'{m}'" for m in missing[:-1]) + f", and '{missing[-1]}'"
            raise TypeError(f"{func.__name__}() missing {n} required positional argument{'s' if n != 1 else ''}: {names}")
        kwd = func.__kwdefaults__ or {}
        for i in range(co.argcount, nparams):
            if fast[i] is NULL:
                name = co.varnames[i]
                if name in kwd:
                    fast[i] = kwd[name]
                else:
                    raise TypeError(f"{func.__name__}() missing 1 required keyword-only argument: '{name}'")
        for ci, ai in enumerate(co.cell2arg):
            if ai is not None:
                self.cells[ci].cell_contents = fast[ai]

    def run_sync(self):
        kind, val = self.resume(None, None)
        if kind != "return":
            raise SystemError("yield in non-generator")
        return val

    def cell_name(self, i):
        co = self.code
        return co.cellvars[i] if i < len(co.cellvars) else co.freevars[i - len(co.cellvars)]

    def resume(self, sent, exc):
        if self.started and exc is None:
            self.stack.append(sent)
        self.started = True
        pending = exc
        code = self.code
        instrs = code.instrs
        stack = self.stack
        while True:
            if pending is not None:
                self.handle(pending)
                pending = None
            try:
                while True:
                    name, args = instrs[self.pc]
                    self.pc += 1
                    r = getattr(self, "op_" + name)(*args) if isinstance(args, tuple) else getattr(self, "op_" + name)(**args)
                    if r is not None:
                        return r
            except BaseException as e:
                if self.cur_exc is not None and e is not self.cur_exc and e.__context__ is None:
                    try:
                        e.__context__ = self.cur_exc
                    except Exception:
                        pass
                pending = e

    def handle(self, exc):
        while self.blocks:
            b = self.blocks.pop()
            if b.kind == "except":
                self.cur_exc = b.prev_exc
                del self.stack[b.depth:]
                continue
            del self.stack[b.depth:]
            self.stack.append(exc)
            self.pc = b.handler
            return
        raise exc

    # ----- opcodes -----
    def op_Nop(self):
        pass

    def op_PopTop(self):
        self.stack.pop()

    def op_PushNull(self):
        self.stack.append(NULL)

    def op_Copy(self, n):
        self.stack.append(self.stack[-n])

    def op_Swap(self, n):
        s = self.stack
        s[-1], s[-n] = s[-n], s[-1]

    def op_LoadConst(self, i):
        c = self.code.consts[i]
        self.stack.append(c)

    def op_LoadFast(self, i):
        v = self.fast[i]
        if v is NULL:
            raise UnboundLocalError(f"cannot access local variable '{self.code.varnames[i]}' where it is not associated with a value")
        self.stack.append(v)

    def op_StoreFast(self, i):
        self.fast[i] = self.stack.pop()

    def op_DeleteFast(self, i):
        if self.fast[i] is NULL:
            raise UnboundLocalError(f"cannot access local variable '{self.code.varnames[i]}' where it is not associated with a value")
        self.fast[i] = NULL

    def op_LoadName(self, i):
        n = self.code.names[i]
        if self.locals is not None and n in self.locals:
            self.stack.append(self.locals[n])
        elif n in self.globals:
            self.stack.append(self.globals[n])
        elif n in self.builtins:
            self.stack.append(self.builtins[n])
        else:
            raise NameError(f"name '{n}' is not defined")

    def op_StoreName(self, i):
        self.locals[self.code.names[i]] = self.stack.pop()

    def op_DeleteName(self, i):
        n = self.code.names[i]
        try:
            del self.locals[n]
        except KeyError:
            raise NameError(f"name '{n}' is not defined") from None

    def op_LoadGlobal(self, i):
        n = self.code.names[i]
        if n in self.globals:
            self.stack.append(self.globals[n])
        elif n in self.builtins:
            self.stack.append(self.builtins[n])
        else:
            raise NameError(f"name '{n}' is not defined")

    def op_StoreGlobal(self, i):
        self.globals[self.code.names[i]] = self.stack.pop()

    def op_DeleteGlobal(self, i):
        n = self.code.names[i]
        try:
            del self.globals[n]
        except KeyError:
            raise NameError(f"name '{n}' is not defined") from None

    def op_LoadDeref(self, i):
        try:
            self.stack.append(self.cells[i].cell_contents)
        except ValueError:
            n = self.cell_name(i)
            if i < len(self.code.cellvars):
                raise UnboundLocalError(f"cannot access local variable '{n}' where it is not associated with a value") from None
            raise NameError(f"cannot access free variable '{n}' where it is not associated with a value in enclosing scope") from None

    def op_StoreDeref(self, i):
        self.cells[i].cell_contents = self.stack.pop()

    def op_DeleteDeref(self, i):
        del self.cells[i].cell_contents

    def op_LoadClassDeref(self, i):
        n = self.cell_name(i)
        if self.locals is not None and n in self.locals:
            self.stack.append(self.locals[n])
        else:
            self.op_LoadDeref(i)

    def op_LoadClosure(self, i):
        self.stack.append(self.cells[i])

    def op_LoadAttr(self, i):
        o = self.stack.pop()
        self.stack.append(getattr(o, self.code.names[i]))

    def op_StoreAttr(self, i):
        o = self.stack.pop()
        v = self.stack.pop()
        setattr(o, self.code.names[i], v)

    def op_DeleteAttr(self, i):
        delattr(self.stack.pop(), self.code.names[i])

    def op_LoadMethod(self, i):
        o = self.stack.pop()
        self.stack.append(getattr(o, self.code.names[i]))
        self.stack.append(NULL)

    def op_BinarySubscr(self):
        k = self.stack.pop()
        c = self.stack.pop()
        self.stack.append(c[k])

    def op_StoreSubscr(self):
        k = self.stack.pop()
        c = self.stack.pop()
        v = self.stack.pop()
        c[k] = v

    def op_DeleteSubscr(self):
        k = self.stack.pop()
        c = self.stack.pop()
        del c[k]

    def op_BuildSlice(self, n):
        s = self.stack
        if n == 3:
            st = s.pop()
        else:
            st = None
        b = s.pop()
        a = s.pop()
        s.append(slice(a, b, st))

    def op_BinaryOp(self, op, inplace):
        b = self.stack.pop()
        a = self.stack.pop()
        self.stack.append((IBINOPS if inplace else BINOPS)[op](a, b))

    def op_UnaryOp(self, op):
        self.stack.append(UNOPS[op](self.stack.pop()))

    def op_CompareOp(self, op):
        b = self.stack.pop()
        a = self.stack.pop()
        self.stack.append(CMPOPS[op](a, b))

    def op_IsOp(self, inv):
        b = self.stack.pop()
        a = self.stack.pop()
        self.stack.append((a is not b) if inv else (a is b))

    def op_ContainsOp(self, inv):
        b = self.stack.pop()
        a = self.stack.pop()
        self.stack.append((a not in b) if inv else (a in b))

    def op_Jump(self, l):
        self.pc = l

    def op_PopJumpIfFalse(self, l):
        if not self.stack.pop():
            self.pc = l

    def op_PopJumpIfTrue(self, l):
        if self.stack.pop():
            self.pc = l

    def op_PopJumpIfNone(self, l):
        if self.stack.pop() is None:
            self.pc = l

    def op_PopJumpIfNotNone(self, l):
        if self.stack.pop() is not None:
            self.pc = l

    def op_JumpIfFalseOrPop(self, l):
        if not self.stack[-1]:
            self.pc = l
        else:
            self.stack.pop()

    def op_JumpIfTrueOrPop(self, l):
        if self.stack[-1]:
            self.pc = l
        else:
            self.stack.pop()

    def op_GetIter(self):
        self.stack.append(iter(self.stack.pop()))

    def op_ForIter(self, l):
        it = self.stack[-1]
        try:
            v = next(it)
        except StopIteration:
            self.stack.pop()
            self.pc = l
            return
        self.stack.append(v)

    def _popn(self, n):
        if n == 0:
            return []
        items = self.stack[-n:]
        del self.stack[-n:]
        return items

    def op_BuildTuple(self, n):
        self.stack.append(tuple(self._popn(n)))

    def op_BuildList(self, n):
        self.stack.append(self._popn(n))

    def op_BuildSet(self, n):
        self.stack.append(set(self._popn(n)))

    def op_BuildMap(self, n):
        items = self._popn(2 * n)
        d = {}
        for i in range(0, 2 * n, 2):
            d[items[i]] = items[i + 1]
        self.stack.append(d)

    def op_BuildString(self, n):
        self.stack.append("".join(self._popn(n)))

    def op_ListAppend(self, n):
        v = self.stack.pop()
        self.stack[-n].append(v)

    def op_SetAdd(self, n):
        v = self.stack.pop()
        self.stack[-n].add(v)

    def op_MapAdd(self, n):
        v = self.stack.pop()
        k = self.stack.pop()
        self.stack[-n][k] = v

    def op_ListExtend(self, n):
        v = self.stack.pop()
        self.stack[-n].extend(v)

    def op_SetUpdate(self, n):
        v = self.stack.pop()
        self.stack[-n].update(v)

    def op_DictUpdate(self, n):
        v = self.stack.pop()
        if not hasattr(v, "keys"):
            raise TypeError(f"'{type(v).__name__}' object is not a mapping")
        self.stack[-n].update(v)

    def op_DictMerge(self, n):
        v = self.stack.pop()
        d = self.stack[-n]
        for k in v.keys():
            if k in d:
                raise TypeError(f"got multiple values for keyword argument '{k}'")
            d[k] = v[k]

    def op_ListToTuple(self):
        self.stack.append(tuple(self.stack.pop()))

    def op_UnpackSequence(self, n):
        v = self.stack.pop()
        items = list(v)
        if len(items) < n:
            raise ValueError(f"not enough values to unpack (expected {n}, got {len(items)})")
        if len(items) > n:
            raise ValueError(f"too many values to unpack (expected {n})")
        self.stack.extend(reversed(items))

    def op_UnpackEx(self, before, after):
        items = list(self.stack.pop())
        if len(items) < before + after:
            raise ValueError(f"not enough values to unpack (expected at least {before + after}, got {len(items)})")
        tail = items[len(items) - after:] if after else []
        rest = items[before:len(items) - after]
        self.stack.extend(reversed(tail))
        self.stack.append(rest)
        self.stack.extend(reversed(items[:before]))

    def op_FormatValue(self, conv, has_spec):
        spec = self.stack.pop() if has_spec else ""
        v = self.stack.pop()
        if conv == "Str":
            v = str(v)
        elif conv == "Repr":
            v = repr(v)
        elif conv == "Ascii":
            v = ascii(v)
        self.stack.append(format(v, spec))

    def op_KwNames(self, i):
        self.kwnames = self.code.consts[i]

    def _call(self, f, args, kwargs):
        if f is builtins.super and not args and not kwargs:
            co = self.code
            names = co.cellvars + co.freevars
            cls = self.cells[names.index("__class__")].cell_contents
            first = self.fast[0]
            if first is NULL and co.cell2arg and 0 in co.cell2arg:
                first = self.cells[co.cell2arg.index(0)].cell_contents
            return super(cls, first)
        if f is builtins.locals and not args:
            if self.locals is not None:
                return self.locals
            return {n: v for n, v in zip(self.code.varnames, self.fast) if v is not NULL}
        if f is builtins.globals and not args:
            return self.globals
        return f(*args, **kwargs)

    def op_Call(self, n):
        args = self._popn(n)
        selfarg = self.stack.pop()
        f = self.stack.pop()
        kw = {}
        if self.kwnames:
            names = self.kwnames
            self.kwnames = None
            vals = args[len(args) - len(names):]
            args = args[:len(args) - len(names)]
            kw = dict(zip(names, vals))
        if selfarg is not NULL:
            args = [selfarg] + args
        self.stack.append(self._call(f, args, kw))

    def op_CallFunctionEx(self, has_kw):
        kw = self.stack.pop() if has_kw else {}
        args = self.stack.pop()
        self.stack.pop()
        f = self.stack.pop()
        self.stack.append(self._call(f, args, kw))

    def op_MakeFunction(self, flags):
        qual = self.stack.pop()
        code = self.stack.pop()
        closure = self.stack.pop() if flags & 8 else ()
        ann = self.stack.pop() if flags & 4 else None
        kwd = self.stack.pop() if flags & 2 else None
        defs = self.stack.pop() if flags & 1 else None
        self.stack.append(Function(code, self.globals, qual, defs, kwd, ann, closure))

    def op_ReturnValue(self):
        return ("return", self.stack.pop())

    def op_YieldValue(self, delegating):
        return ("yield_from" if delegating else "yield", self.stack.pop())

    def op_GetYieldFromIter(self):
        v = self.stack.pop()
        self.stack.append(v if isinstance(v, Generator) else iter(v))

    def op_Send(self, l):
        v = self.stack.pop()
        r = self.stack[-1]
        try:
            if v is None:
                y = next(r)
            else:
                y = r.send(v)
        except StopIteration as e:
            self.stack.pop()
            self.stack.append(e.value)
            self.pc = l
            return
        self.stack.append(y)

    def op_SetupFinally(self, l):
        self.blocks.append(Block("finally", l, len(self.stack)))

    def op_PopBlock(self):
        self.blocks.pop()

    def op_PushExcInfo(self):
        exc = self.stack[-1]
        self.blocks.append(Block("except", None, len(self.stack) - 1, self.cur_exc))
        self.cur_exc = exc

    def op_PopExcept(self):
        b = self.blocks.pop()
        assert b.kind == "except", "PopExcept without ExceptHandler block"
        self.cur_exc = b.prev_exc

    def op_Reraise(self):
        raise self.stack.pop()

    def op_RaiseVarargs(self, n):
        if n == 0:
            if self.cur_exc is None:
                raise RuntimeError("No active exception to reraise")
            raise self.cur_exc
        cause = self.stack.pop() if n == 2 else NULL
        exc = self.stack.pop()
        if isinstance(exc, type) and issubclass(exc, BaseException):
            exc = exc()
        if not isinstance(exc, BaseException):
            raise TypeError("exceptions must derive from BaseException")
        if cause is not NULL:
            if isinstance(cause, type):
                cause = cause()
            exc.__cause__ = cause
        raise exc

    def op_CheckExcMatch(self):
        t = self.stack.pop()
        exc = self.stack[-1]
        self.stack.append(isinstance(exc, t))

    def op_CheckEgMatch(self):
        t = self.stack.pop()
        exc = self.stack.pop()
        if isinstance(exc, BaseExceptionGroup):
            match, rest = exc.split(t)
        elif isinstance(exc, t):
            match, rest = BaseExceptionGroup("", [exc]), None
        else:
            match, rest = None, exc
        if match is None:
            self.stack.append(exc)
            self.stack.append(None)
        else:
            self.stack.append(rest)
            self.stack.append(match)

    def op_PrepReraiseStar(self):
        lst = self.stack.pop()
        orig = self.stack.pop()
        raised = [e for e in lst if e is not None]
        if not raised:
            self.stack.append(None)
        elif len(raised) == 1:
            self.stack.append(raised[0])
        else:
            self.stack.append(BaseExceptionGroup("", raised))

    def op_LoadAssertionError(self):
        self.stack.append(AssertionError)

    def op_BeforeWith(self):
        ctx = self.stack.pop()
        t = type(ctx)
        if not hasattr(t, "__enter__") or not hasattr(t, "__exit__"):
            raise TypeError(f"'{t.__name__}' object does not support the context manager protocol")
        exit_ = types.MethodType(t.__exit__, ctx) if not isinstance(t.__exit__, types.BuiltinFunctionType) else ctx.__exit__
        exit_ = ctx.__exit__
        res = ctx.__enter__()
        self.stack.append(exit_)
        self.stack.append(res)

    def op_WithExceptStart(self):
        exc = self.stack[-1]
        exit_ = self.stack[-2]
        self.stack.append(exit_(type(exc), exc, exc.__traceback__))

    def op_ImportName(self, i):
        fromlist = self.stack.pop()
        level = self.stack.pop()
        self.stack.append(__import__(self.code.names[i], self.globals, self.locals, fromlist, level))

    def op_ImportFrom(self, i):
        m = self.stack[-1]
        n = self.code.names[i]
        try:
            v = getattr(m, n)
        except AttributeError:
            full = f"{getattr(m, '__name__', '?')}.{n}"
            if full in sys.modules:
                v = sys.modules[full]
            else:
                raise ImportError(f"cannot import name '{n}' from '{getattr(m, '__name__', '?')}'") from None
        self.stack.append(v)

    def op_ImportStar(self):
        m = self.stack.pop()
        names = getattr(m, "__all__", None) or [k for k in dir(m) if not k.startswith("_")]
        for k in names:
            self.locals[k] = getattr(m, k)

    def op_LoadBuildClass(self):
        self.stack.append(build_class)

    def op_SetupAnnotations(self):
        if "__annotations__" not in self.locals:
            self.locals["__annotations__"] = {}

    def op_LoadLocals(self):
        self.stack.append(self.locals)

    def op_GetLen(self):
        self.stack.append(len(self.stack[-1]))

    def op_MatchMapping(self):
        self.stack.append(isinstance(self.stack[-1], collections.abc.Mapping))

    def op_MatchSequence(self):
        v = self.stack[-1]
        self.stack.append(isinstance(v, collections.abc.Sequence) and not isinstance(v, (str, bytes, bytearray)))

    def op_MatchKeys(self):
        keys = self.stack[-1]
        subj = self.stack[-2]
        vals = []
        missing = object()
        for k in keys:
            v = subj.get(k, missing)
            if v is missing:
                self.stack.append(None)
                return
            vals.append(v)
        self.stack.append(tuple(vals))

    def op_MatchClass(self, n):
        names = self.stack.pop()
        cls = self.stack.pop()
        subj = self.stack.pop()
        if not isinstance(subj, cls):
            self.stack.append(None)
            return
        attrs = []
        if n:
            margs = getattr(cls, "__match_args__", None)
            if margs is None and cls in (bool, bytearray, bytes, dict, float, frozenset, int, list, set, str, tuple):
                if n > 1:
                    raise TypeError(f"{cls.__name__}() accepts 1 positional sub-pattern ({n} given)")
                attrs.append(subj)
                margs = ()
            else:
                margs = margs or ()
                if n > len(margs):
                    raise TypeError(f"{cls.__name__}() accepts {len(margs)} positional sub-pattern{'s' if len(margs) != 1 else ''} ({n} given)")
                for a in margs[:n]:
                    if not hasattr(subj, a):
                        self.stack.append(None)
                        return
                    attrs.append(getattr(subj, a))
        for a in names:
            if not hasattr(subj, a):
                self.stack.append(None)
                return
            attrs.append(getattr(subj, a))
        self.stack.append(tuple(attrs))

    def op_GetAwaitable(self, where):
        o = self.stack.pop()
        if isinstance(o, (Coroutine, ASend)):
            self.stack.append(o)
        elif isinstance(o, Generator):
            self.stack.append(o)
        elif hasattr(type(o), "__await__"):
            self.stack.append(o.__await__())
        else:
            raise TypeError(f"object {type(o).__name__} can't be used in 'await' expression")

    def op_GetAiter(self):
        o = self.stack.pop()
        self.stack.append(o.__aiter__())

    def op_GetAnext(self):
        a = self.stack[-1]
        aw = a.__anext__()
        if not isinstance(aw, (Coroutine, ASend)):
            aw = aw.__await__()
        self.stack.append(aw)

    def op_EndAsyncFor(self):
        exc = self.stack.pop()
        self.stack.pop()
        if not isinstance(exc, StopAsyncIteration):
            raise exc

    def op_BeforeAsyncWith(self):
        ctx = self.stack.pop()
        exit_ = ctx.__aexit__
        self.stack.append(exit_)
        self.stack.append(ctx.__aenter__())

    def op_PrintExpr(self):
        sys.displayhook(self.stack.pop())


class MiniVMFinder:
    """Import hook: modules named in MINIVM_MODULES (comma-separated) are
    compiled by pyrite's compiler and executed by this interpreter."""

    def __init__(self, names, dump_json):
        self.names = set(names)
        self.dump_json = dump_json

    def find_spec(self, name, path=None, target=None):
        if name not in self.names:
            return None
        import importlib.machinery
        import importlib.util
        spec = importlib.machinery.PathFinder.find_spec(name, path)
        if spec is None or not spec.origin or not spec.origin.endswith(".py"):
            return None
        spec.loader = self
        return spec

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        import os
        import subprocess
        origin = module.__spec__.origin
        pre = os.environ.get("MINIVM_JSON_DIR")
        if pre and os.path.exists(os.path.join(pre, module.__name__ + ".json")):
            with open(os.path.join(pre, module.__name__ + ".json")) as f:
                d = json.load(f)
        else:
            out = subprocess.run([self.dump_json, origin], capture_output=True, text=True).stdout
            d = json.loads(out)
        if "error" in d:
            raise SyntaxError(d["error"]["msg"])
        module.__file__ = origin
        Frame(CodeObj(d), module.__dict__, module.__dict__, ()).run_sync()


def _dump_frames(signum, frame):
    # SIGUSR1: print the pyrite frames being executed (debugging aid).
    f = frame
    while f is not None:
        fr = f.f_locals.get("self")
        if f.f_code.co_name == "resume" and isinstance(fr, Frame):
            pc = fr.pc - 1
            line = fr.code.pos[pc][0] if 0 <= pc < len(fr.code.pos) else "?"
            print(f"  pyrite frame {fr.code.qualname} pc={pc} line={line} instr={fr.code.instrs[pc] if 0 <= pc < len(fr.code.instrs) else '?'}", file=sys.stderr)
        f = f.f_back
    sys.stderr.flush()


def main():
    import os
    import signal
    signal.signal(signal.SIGUSR1, _dump_frames)
    mods = os.environ.get("MINIVM_MODULES")
    if mods:
        dump = os.environ.get("MINIVM_DUMP_JSON", os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../../target/release/examples/dump_json"))
        sys.meta_path.insert(0, MiniVMFinder(mods.split(","), dump))
    with open(sys.argv[1]) as f:
        d = json.load(f)
    if "error" in d:
        e = d["error"]
        print(f"{e['kind']}: {e['msg']}", file=sys.stderr)
        sys.exit(1)
    code = CodeObj(d)
    path = sys.argv[2] if len(sys.argv) > 2 else "<prog>"
    mod = types.ModuleType("__main__")
    g = mod.__dict__
    g.update({"__name__": "__main__", "__builtins__": builtins, "__file__": path, "__doc__": None})
    sys.modules["__main__"] = mod
    sys.argv = [path] + sys.argv[3:]
    frame = Frame(code, g, g, ())
    sys.setrecursionlimit(10000)
    try:
        frame.run_sync()
    except SystemExit:
        raise
    except BaseException as e:
        sys.stdout.flush()
        import os
        if os.environ.get("MINIVM_TB"):
            import traceback
            traceback.print_exc()
        print(f"{type(e).__name__}: {e}", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
