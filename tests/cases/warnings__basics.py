import warnings, sys
class Buf:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
    def getvalue(self): return ''.join(self.parts)
def f():
    warnings.warn("plain warning")
f()
f()
warnings.warn("dep in main", DeprecationWarning)
def g():
    warnings.warn("from g", UserWarning, stacklevel=2)
g()
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("one")
    warnings.warn("two", RuntimeWarning)
    warnings.warn(UserWarning("inst"))
    print(len(w), [str(x.message) for x in w], [x.category.__name__ for x in w])
    print(w[0].filename == __file__, w[0].lineno, w[0].line)
    print(str(w[1]).replace(__file__, 'F'))
print(warnings.catch_warnings(record=True), warnings.catch_warnings())
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("boom", RuntimeWarning)
    except RuntimeWarning as e:
        print("raised", repr(e))
with warnings.catch_warnings():
    warnings.filterwarnings("ignore", message="ign.*")
    warnings.warn("ignored thing")
    warnings.warn("not ignored")
with warnings.catch_warnings():
    warnings.simplefilter("once")
    for i in range(3):
        warnings.warn("once msg")
with warnings.catch_warnings():
    warnings.simplefilter("module")
    for i in range(3):
        warnings.warn("module msg")
print(warnings.formatwarning("msg", UserWarning, "file.py", 10, "  x = 1  "), end='')
print(repr(warnings.formatwarning("msg", DeprecationWarning, "nofile.py", 3)))
buf = Buf()
warnings.showwarning("shown", UserWarning, "a.py", 5, file=buf, line="code()")
print(repr(buf.getvalue()))
old = warnings.showwarning
def my_show(message, category, filename, lineno, file=None, line=None):
    print("custom:", message, category.__name__, lineno)
warnings.showwarning = my_show
warnings.warn("via custom")
warnings.showwarning = old
try: warnings.warn("x", int)
except TypeError as e: print(e)
try: warnings.simplefilter("bogus")
except AssertionError as e: print(e)
print(warnings.filters[:1])
warnings.resetwarnings()
print(warnings.filters)
warnings.warn_explicit("explicit", UserWarning, "exp.py", 42)
warnings.warn_explicit("explicit", UserWarning, "exp.py", 42, registry={})
reg = {}
warnings.warn_explicit("explicit2", UserWarning, "exp.py", 43, registry=reg)
warnings.warn_explicit("explicit2", UserWarning, "exp.py", 43, registry=reg)
print(sorted(k for k in reg if k != 'version'))
c = warnings.catch_warnings()
try: c.__exit__()
except RuntimeError as e: print(e)
with c:
    try: c.__enter__()
    except RuntimeError as e: print(e)
warnings.warn("deprecated thing", DeprecationWarning)
warnings.warn("stacklevel big", stacklevel=10)
