"""Module doc.

>>> 1 + 1
2
"""
import doctest, io, contextlib, sys, os

class Widget:
    """A widget.

    >>> w = Widget(3)
    >>> w.size
    3
    >>> w.size = 5
    >>> w.size
    4
    """
    def __init__(self, size):
        self.size = size

    def grow(self, n):
        """Grow.

        >>> Widget(1).grow(2)
        3
        >>> print(list(range(20)))  # doctest: +ELLIPSIS
        [0, 1, ..., 19]
        >>> print('a   b\\n c')  # doctest: +NORMALIZE_WHITESPACE
        a b c
        >>> print('x\\n\\ny')
        x
        <BLANKLINE>
        y
        >>> None
        >>> int('z')
        Traceback (most recent call last):
          ...
        ValueError: invalid literal for int() with base 10: 'z'
        >>> raise KeyError('k')  # doctest: +IGNORE_EXCEPTION_DETAIL
        Traceback (most recent call last):
        KeyError: 'other'
        """
        return self.size + n

    @staticmethod
    def broken():
        """
        >>> undefined_name
        1
        >>> print('out')
        >>> for i in range(2):
        ...     i
        0
        1
        >>> 'skipped'  # doctest: +SKIP
        'nope'
        >>> True
        1
        """

def clean(s):
    return s.replace(os.path.abspath(__file__), '<FILE>')

if __name__ == '__main__':
    for verbose in (False, True):
        buf = io.StringIO()
        with contextlib.redirect_stdout(buf):
            r = doctest.testmod(verbose=verbose)
        out = clean(buf.getvalue())
        out = '\n'.join(l for l in out.split('\n') if not l.startswith('    File ') and not l.startswith('      File '))
        print(out)
        print(r)
    p = doctest.DocTestParser()
    parts = p.parse("text\n>>> x = 1\n>>> x\n1\nmore text\n")
    print([type(x).__name__ for x in parts])
    ex = p.get_examples("  >>> print(1)\n  1\n  >>> a = [\n  ...  2]\n")
    print([(e.source, e.want, e.lineno, e.indent, e.exc_msg) for e in ex])
    t = p.get_doctest(">>> 2*3\n6\n", {}, 'name', 'file.txt', 0)
    print(t, len(t.examples))
    print(repr(doctest.script_from_examples("Some text\n>>> x = 2\n>>> x\n2\n")))
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        doctest.run_docstring_examples(">>> 1/0\n", {}, name='rde')
    print('\n'.join(l for l in buf.getvalue().split('\n') if not l.startswith('      File ')))
    print(doctest.OutputChecker().check_output('a...z\n', 'abcz\n', doctest.ELLIPSIS))
    print(sorted(doctest.OPTIONFLAGS_BY_NAME.items(), key=lambda kv: kv[1]))
