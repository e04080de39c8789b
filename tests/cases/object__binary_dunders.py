# Every binary operator dunder, its reflected form, and NotImplemented.
ops = [("+", "add"), ("-", "sub"), ("*", "mul"), ("@", "matmul"), ("/", "truediv"),
       ("//", "floordiv"), ("%", "mod"), ("**", "pow"), ("<<", "lshift"),
       (">>", "rshift"), ("&", "and"), ("|", "or"), ("^", "xor")]
class V:
    def __init__(self, tag):
        self.tag = tag
    def __repr__(self):
        return f"V({self.tag})"
def make(name):
    def fwd(self, other):
        return f"{self.tag}.__{name}__({other!r})"
    def rev(self, other):
        return f"{self.tag}.__r{name}__({other!r})"
    return fwd, rev
for sym, name in ops:
    fwd, rev = make(name)
    setattr(V, f"__{name}__", fwd)
    setattr(V, f"__r{name}__", rev)
a = V("a")
for sym, name in ops:
    print(sym, eval(f"a {sym} 1"), "|", eval(f"1 {sym} a"))
print(divmod.__name__)
class Only:
    def __add__(self, other):
        return NotImplemented
    def __radd__(self, other):
        return "Only.__radd__"
try:
    Only() + Only()
except TypeError as e:
    print("same type: no reflected call:", e)
class Other:
    def __radd__(self, other):
        return f"Other.__radd__({type(other).__name__})"
print(Only() + Other())
class Sub(V):
    def __radd__(self, other):
        return "Sub.__radd__ wins for subclass on right"
print(V("x") + Sub("y"))
class Plain: pass
for sym, name in ops:
    try:
        eval(f"Plain() {sym} 1")
    except TypeError as e:
        print("TypeError", e)
class DM:
    def __divmod__(self, o): return ("divmod", o)
    def __rdivmod__(self, o): return ("rdivmod", o)
    def __pow__(self, o, mod=None): return ("pow", o, mod)
print(divmod(DM(), 3), divmod(3, DM()), pow(DM(), 2, 5), DM() ** 3)
try:
    pow(2, DM(), 5)
except TypeError as e:
    print("TypeError", e)
