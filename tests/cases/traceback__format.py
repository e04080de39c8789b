import traceback, sys
class Out:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
def inner():
    raise ValueError("bad value")
def outer():
    inner()
try:
    outer()
except ValueError:
    s = traceback.format_exc()
    print(s.replace(__file__, 'F'), end='')
    exc = sys.exc_info()[1]
print(traceback.format_exception_only(exc))
print(traceback.format_exception_only(KeyError, KeyError('k')))
print([repr(f) .replace(__file__, 'F') for f in traceback.extract_tb(exc.__traceback__)])
fs = traceback.extract_tb(exc.__traceback__)[-1]
print(fs.name, fs.lineno, fs.line, fs[2], len(fs), list(fs)[1:])
def rec(n):
    if n == 0:
        raise RuntimeError("deep")
    rec(n - 1)
try:
    rec(8)
except RuntimeError as e:
    lines = traceback.format_exception(e)
    print(''.join(lines).replace(__file__, 'F'), end='')
try:
    try:
        raise KeyError('missing')
    except KeyError as e:
        raise TypeError("converted") from e
except TypeError as e:
    print(''.join(traceback.format_exception(e)).replace(__file__, 'F'), end='')
    print(''.join(traceback.format_exception(e, chain=False)).replace(__file__, 'F'), end='')
try:
    try:
        raise ZeroDivisionError('division by zero')
    except ZeroDivisionError:
        raise NameError("during")
except NameError as e:
    o = Out()
    traceback.print_exception(e, file=o)
    print(''.join(o.parts).replace(__file__, 'F'), end='')
    print(''.join(traceback.format_exception(type(e), e, e.__traceback__, limit=1)).replace(__file__, 'F'), end='')
e = ValueError("with notes")
e.add_note("note one")
e.add_note("multi\nline")
print(traceback.format_exception_only(e))
eg = ExceptionGroup("group msg", [ValueError("v1"), TypeError("t1"), ExceptionGroup("inner", [KeyError("k")])])
print(''.join(traceback.format_exception(eg)), end='')
se = SyntaxError("invalid syntax", ("file.py", 3, 5, "  x = = 1\n", 3, 7))
print(''.join(traceback.format_exception_only(se)), end='')
print(traceback.format_exception_only(SyntaxError("no loc")))
def show_stack():
    return traceback.format_stack(limit=2)
print([l.replace(__file__, 'F') for l in show_stack()])
print(traceback.format_list([('a.py', 1, 'fn', 'x = 1'), ('b.py', 2, 'g', '')]))
o = Out()
traceback.print_list([('a.py', 1, 'fn', 'x = 1')], file=o); print(o.parts)
print(traceback.FrameSummary('f.py', 3, 'name', line='code') == ('f.py', 3, 'name', 'code'))
te = traceback.TracebackException.from_exception(exc)
print(str(te), te.exc_type.__name__, len(te.stack), list(te.format_exception_only()))
print(traceback.format_exc())
o = Out(); traceback.print_exc(file=o); print(o.parts)
class MyErr(Exception):
    def __str__(self): raise RuntimeError
print(traceback.format_exception_only(MyErr()))
print(traceback.format_exception_only(Exception()))
print(list(traceback.walk_tb(None)))
try: traceback.print_exception(ValueError, ValueError())
except ValueError as e: print(e)
