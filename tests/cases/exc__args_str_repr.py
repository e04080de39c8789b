# Exception objects: args, str, repr, attributes, custom __init__/__str__.
for e in [Exception(), Exception("one"), Exception("a", 2), ValueError(""), KeyError("k"), KeyError(),
          KeyError("a", "b"), IndexError(3), OSError(2, "No such file or directory"),
          OSError(2, "No such file", "f.txt"), OSError("just message"), UnicodeError("u"),
          StopIteration(5), SystemExit(3), SyntaxError("msg", ("f.py", 1, 2, "x y", 1, 3))]:
    print(type(e).__name__, repr(e), "|", str(e), "|", e.args)
e = OSError(2, "No such file", "missing.txt")
print(e.errno, e.strerror, e.filename, e.filename2, type(e).__name__)
e2 = OSError(1, "Op", "a", None, "b")
print(e2, e2.filename2)
se = SyntaxError("bad", ("file.py", 3, 5, "text line\n", 3, 9))
print(se.msg, se.filename, se.lineno, se.offset, repr(se.text), se.end_lineno, se.end_offset)
class MyError(Exception):
    def __init__(self, code, detail):
        super().__init__(code, detail)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[1]}"
try:
    raise MyError(404, "not found")
except MyError as ex:
    print(repr(ex), str(ex), ex.code, ex.args)
class NoSuper(Exception):
    def __init__(self, x):
        self.x = x
n = NoSuper(5)
print(repr(n), n.args, str(n))
class WithRepr(Exception):
    def __repr__(self): return "WithRepr!"
print(repr(WithRepr("m")), str(WithRepr("m")))
e3 = ValueError("orig")
e3.args = ("changed", 2)
print(e3, repr(e3))
e4 = Exception("note test")
e4.add_note("first note")
e4.add_note("second note")
print(e4.__notes__)
try:
    e4.add_note(5)
except TypeError as ex:
    print("TypeError", ex)
print(KeyError("x").__str__(), str(KeyError("it's")), str(KeyError('say "hi"')))
print(UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte"))
print(repr(BaseException("b")), isinstance(Exception(), BaseException))
ex = Exception()
ex.custom = "attr"
print(ex.custom, ex.__dict__, ex.__traceback__, ex.__cause__, ex.__context__)
