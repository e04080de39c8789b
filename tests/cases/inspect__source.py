import inspect, sys, os, types, functools, abc, collections

def plain(a,
          b=2):
    """Docstring of plain.

        Indented more.
    Back.
    """
    x = """
not indented
"""
    # comment
    return (a +
b)

def one_liner(x): return x * 2

def deco(fn):
    return fn

@deco
def decorated():
    pass

class Outer:
    """Outer doc."""
    attr = 1

    class Inner:
        def m(self):
            return 1

    def method(self):
        "Method doc."
        return 2

    @property
    def prop(self):
        "Prop doc."
        return 3

class Child(Outer):
    def method(self):
        return 4

lam = lambda y: y + 1

def gen():
    yield 1

async def coro():
    pass

async def agen():
    yield 1

print(inspect.getsource(plain), end='')
print(inspect.getsource(one_liner), end='')
print(inspect.getsource(decorated), end='')
print(inspect.getsource(Outer.Inner), end='')
print(inspect.getsource(Outer.method), end='')
print(inspect.getsource(Child), end='')
print(inspect.getsource(lam), end='')
lines, lnum = inspect.getsourcelines(Outer.Inner.m)
print(lnum, lines)
print(inspect.getsourcelines(Outer.prop.fget)[1])
print(repr(inspect.getdoc(plain)))
print(repr(inspect.getdoc(Child.method)), repr(inspect.getdoc(Child().method)))
print(repr(inspect.getdoc(Outer.prop)))
print(repr(inspect.cleandoc('  first\n    second\n      third\n\n')))
print(inspect.getcomments(plain) is None)
print(os.path.basename(inspect.getfile(plain)), os.path.basename(inspect.getsourcefile(Outer)))
print(inspect.getmodule(plain).__name__, inspect.getmodule(Outer.method).__name__, inspect.getmodule(os.path.join).__name__)
print(inspect.getmodulename('/a/b/c.py'), inspect.getmodulename('/a/b/c.txt'))
for bad in (sys, int, 3):
    try: inspect.getfile(bad)
    except TypeError as e: print('TypeError:', e)
try: inspect.getsource(len)
except TypeError as e: print('TypeError:', e)
src = inspect.getsource(collections)
print(src.startswith("'''") or src.startswith('"""') or src.startswith('#') or len(src) > 100)
print('def namedtuple(' in inspect.getsource(collections.namedtuple).splitlines()[0])

objs = [plain, lam, gen, gen(), coro, agen, Outer, Outer.method, Outer().method, len, [].append,
        str.join, sys, plain.__code__, sys._getframe(), Outer.prop, types.FunctionType.__dict__['__code__'],
        functools.partial(gen), 1]
preds = ['isfunction', 'ismethod', 'isclass', 'ismodule', 'isbuiltin', 'isgenerator', 'isgeneratorfunction',
         'iscoroutinefunction', 'isasyncgenfunction', 'isroutine', 'iscode', 'isframe', 'isdatadescriptor',
         'ismethoddescriptor']
for name in preds:
    print(name, ''.join('1' if getattr(inspect, name)(o) else '0' for o in objs))
c = coro(); print(inspect.iscoroutine(c), inspect.isawaitable(c)); c.close()
ag = agen(); print(inspect.isasyncgen(ag))
class Base(abc.ABC):
    @abc.abstractmethod
    def run(self): ...
class Impl(Base):
    def run(self): return 1
print(inspect.isabstract(Base), inspect.isabstract(Impl), inspect.isabstract(int))
try: 1/0
except ZeroDivisionError as e: tb = e.__traceback__
print(inspect.istraceback(tb), inspect.isframe(tb.tb_frame))
print([n for n, v in inspect.getmembers(Outer) if not n.startswith('__')])
print([n for n, v in inspect.getmembers(Child, inspect.isfunction)])
print(inspect.getmembers(Outer(), lambda v: isinstance(v, int)))
print(inspect.getmro(Child))
class WithGetattr:
    x = 5
    def __getattr__(self, n): return 'dyn'
    @property
    def p(self): raise RuntimeError
w = WithGetattr()
print(inspect.getattr_static(w, 'x'), type(inspect.getattr_static(w, 'p')).__name__, inspect.getattr_static(w, 'nope', 'dflt'))
try: inspect.getattr_static(w, 'nope')
except AttributeError as e: print('AttributeError:', e)
print(inspect.getattr_static(Outer, 'method') is Outer.__dict__['method'])
def inner(): pass
@functools.wraps(inner)
def wr(): pass
print(inspect.unwrap(wr) is inner)
def outer_fn():
    z = 10
    def clos(): return z + len(sys.argv) + undefined_name
    return clos
cv = inspect.getclosurevars(outer_fn()); print(cv.nonlocals, cv.globals, cv.builtins, sorted(cv.unbound))
g2 = gen(); print(inspect.getgeneratorstate(g2)); next(g2); print(inspect.getgeneratorstate(g2))
list(g2); print(inspect.getgeneratorstate(g2))
def who():
    fr = inspect.currentframe()
    st = inspect.stack()
    return fr.f_code.co_name, st[0].function, st[1].function, os.path.basename(st[0].filename), type(st[0]).__name__, st[0].code_context, st[0].index
print(who())
fi = inspect.getframeinfo(tb)
print(fi.function, fi.lineno, fi.code_context, fi.index)
print(inspect.getinnerframes(tb)[0].lineno)
print(inspect.getargvalues(sys._getframe()).args)
