"""Module docstring of syntax__docstrings_main."""
# Docstrings on modules, functions, classes, methods; __name__ == "__main__".
def f():
    """Function doc."""
    return 1
def g():
    x = 1
    """Not a docstring."""
    return x
def h():
    return "no doc"
class C:
    """Class doc.

    Second paragraph.
    """
    def m(self):
        '''Method doc.'''
    @property
    def p(self):
        """Property doc."""
        return 1
print(repr(__doc__))
print(repr(f.__doc__))
print(repr(g.__doc__))
print(repr(h.__doc__))
print(repr(C.__doc__))
print(repr(C.m.__doc__))
print(repr(C.p.__doc__))
class D(C):
    pass
print(repr(D.__doc__))
print(__name__)
if __name__ == "__main__":
    print("running as main")
else:
    print("imported")
def fstr():
    f"""not a doc {1}"""
print(fstr.__doc__)
def bdoc():
    b"""bytes are not docstrings"""
print(bdoc.__doc__)
lam = lambda: None
print(lam.__doc__)
def concat():
    "implicit " "concatenation"
print(concat.__doc__)
class E:
    "x"
    y = __doc__
print(E.y)
import inspect
def indented():
    """
        Indented
          more
    """
print(repr(inspect.cleandoc(indented.__doc__)))
print(int.__doc__.splitlines()[0])
