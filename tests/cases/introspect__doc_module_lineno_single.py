# Bound-method __doc__, __module__ of builtin types, a captured frame's
# f_lineno, and compile(..., "single") with ;-separated statements.
import sys


class O:
    def m(self):
        pass

    def d(self):
        "doc"


print(repr(O().m.__doc__), repr(O().d.__doc__))
print(type.__module__, type(len).__module__, int.__module__, O.__module__)
print(type.__module__ is type(len).__module__)

fr = sys._getframe()
x = 1
print(fr.f_lineno)


def f():
    return sys._getframe(1)


caller = f()
print(caller.f_lineno)

for src in ["a = 1; a", "1; 2", "x = (1,\n 2); x", "a = 1\nb = 2", "a=1; \\\n b=2"]:
    try:
        exec(compile(src, "s", "single"))
        print("ok")
    except SyntaxError as e:
        print(e, e.lineno, e.offset)
