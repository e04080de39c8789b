# inspect.signature of functions with every parameter kind; binding arguments.
import inspect
def f(a, b=2, /, c=3, *args, d, e=5, **kw) -> "ret":
    pass
sig = inspect.signature(f)
print(sig)
for name, p in sig.parameters.items():
    print(name, p.kind.name, p.default if p.default is not p.empty else "<empty>")
print(sig.return_annotation)
ba = sig.bind(1, 2, 3, 4, d=0, z=9)
print(ba.arguments)
ba.apply_defaults()
print(ba.arguments)
try:
    sig.bind(1)
except TypeError as e:
    print("TypeError", e)
print(inspect.signature(lambda x, *, y=1: 0))
print(inspect.signature(len), inspect.signature(sorted))
class C:
    def method(self, x, y=1): pass
    @classmethod
    def cm(cls, z): pass
print(inspect.signature(C.method), inspect.signature(C().method), inspect.signature(C.cm))
print(inspect.isfunction(f), inspect.ismethod(C().method), inspect.isclass(C), inspect.isbuiltin(len))
print(inspect.getfullargspec(f).args, inspect.getfullargspec(f).kwonlyargs)
def doc():
    """   Indented
       doc.
    """
print(repr(inspect.getdoc(doc)))
print(inspect.getsource(doc).splitlines()[0])
