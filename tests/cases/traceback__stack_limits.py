import traceback, sys
class W:
    def __init__(self): self.p = []
    def write(self, s): self.p.append(s)
w = W(); traceback.print_exc(file=w); print(w.p)
print(repr(traceback.format_exc()))
def a():
    w = W(); traceback.print_stack(file=w, limit=2); return ''.join(w.p).replace(__file__, 'F')
def b(): return a()
print(b(), end='')
print([f.name for f in traceback.extract_stack()])
print([(f.f_code.co_name, ln) for f, ln in traceback.walk_stack(sys._getframe())][:2])
sys.tracebacklimit = 1
try:
    b.missing
except AttributeError as e:
    print(traceback.format_exception(e)[1:])
    def deeper(): raise KeyError(1)
    try: deeper()
    except KeyError as k: print(len(traceback.extract_tb(k.__traceback__)))
del sys.tracebacklimit
try:
    raise ValueError
except ValueError as e:
    te = traceback.TracebackException(type(e), e, e.__traceback__, lookup_lines=False)
    print(te.stack[0].line, te == traceback.TracebackException.from_exception(e))
    print(list(te.format_exception_only()), te.exc_type, str(te) == '')
def gen():
    yield 1
    raise RuntimeError("in gen")
try:
    list(gen())
except RuntimeError as e:
    print(''.join(traceback.format_tb(e.__traceback__)).replace(__file__, 'F'), end='')
class Weird(Exception):
    def __str__(self): return ''
print(traceback.format_exception_only(Weird()), traceback.format_exception_only(Weird, Weird()))
