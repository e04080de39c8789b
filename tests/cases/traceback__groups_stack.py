import traceback, sys
def clean(s):
    return s.replace(__file__, 'F')
def raiser(exc):
    raise exc
def make_group():
    excs = []
    for e in (ValueError("v"), TypeError("t")):
        try:
            raiser(e)
        except Exception as caught:
            excs.append(caught)
    try:
        raise ExceptionGroup("outer", excs + [ExceptionGroup("nested", [KeyError("k")])])
    except ExceptionGroup as g:
        return g
g = make_group()
print(clean(''.join(traceback.format_exception(g))), end='')
many = ExceptionGroup("many", [ValueError(i) for i in range(18)])
print(''.join(traceback.format_exception(many)), end='')
te = traceback.TracebackException.from_exception(many, max_group_width=2)
print(''.join(te.format()), end='')
deep = ValueError("leaf")
for i in range(4):
    deep = ExceptionGroup(f"level{i}", [deep])
print(''.join(traceback.TracebackException.from_exception(deep, max_group_depth=2).format()), end='')
def level3():
    return traceback.extract_stack()
def level2():
    return level3()
st = level2()
print([(f.name, f.lineno, f.line) for f in st[-3:]])
print(clean(''.join(traceback.format_list(st[-2:]))), end='')
def rec(n):
    if n == 0:
        return traceback.format_stack()
    return rec(n - 1)
print(clean(''.join(rec(12)[-6:])), end='')
s = traceback.StackSummary.from_list([('f.py', 1, 'g', 'x()')] * 6 + [('f.py', 2, 'h', 'y()')])
print(''.join(s.format()), end='')
print(s[0], repr(s[0]), s[0] == ('f.py', 1, 'g', 'x()'))
s2 = traceback.StackSummary.from_list([('f.py', 1, 'g', 'x()')] * 4)
print(''.join(s2.format()), end='')
try:
    raiser(ValueError("limited"))
except ValueError as e:
    print(clean(''.join(traceback.format_exception(e, limit=-1))), end='')
    print(clean(''.join(traceback.format_tb(e.__traceback__))), end='')
    print(clean(''.join(traceback.format_tb(e.__traceback__, limit=1))), end='')
    print([ (fr.f_code.co_name, ln) for fr, ln in traceback.walk_tb(e.__traceback__)])
print(traceback.format_exception(None, None, None), traceback.format_exception_only(None))
se = SyntaxError("bad token", ("<input>", 1, 4, "x = $y\n", 1, 5))
print(''.join(traceback.format_exception_only(se)), end='')
se2 = SyntaxError("multi", ("m.py", 2, 3, "    foo bar baz\n", 2, 10))
print(''.join(traceback.format_exception_only(se2)), end='')
print(''.join(traceback.format_exception_only(IndentationError("unexpected indent", ("i.py", 5, 1, "  x\n", 5, 2)))), end='')
class Custom(Exception): pass
class Outer:
    class InnerError(Exception): pass
print(traceback.format_exception_only(Custom("c")), traceback.format_exception_only(Outer.InnerError("i")))
e = KeyError('key')
e.__notes__ = "not a list"
print(traceback.format_exception_only(e))
try:
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second") from None
except TypeError as e:
    print(clean(''.join(traceback.format_exception(e))), end='')
