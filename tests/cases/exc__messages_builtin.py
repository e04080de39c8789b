# Exact messages of common builtin exceptions.
cases = [
    "1 + 'a'", "'a' + 1", "[1] + (1,)", "len(5)", "int('x')", "float('y')", "{}['k']", "[][0]",
    "().index(1)", "'abc'.index('z')", "None.foo", "(5).bar", "object().x", "undefined",
    "1 / 0", "1 // 0", "1 % 0", "1.0 / 0", "int(None)", "abs('a')", "max()", "iter(5)",
    "next(iter([]))", "{[]: 1}", "hash([])", "'x'.join([1])", "[1, 2, 3][::0]", "list(1)",
    "dict(1)", "set(1)", "tuple(1)", "sorted(1)", "chr(-1)", "ord('')", "range(0.5)",
    "'%d' % 'x'", "'{}'.format", "int('1', 99)", "[].pop()", "{}.popitem()", "set().pop()",
    "import_ = __import__('nonexistent_mod_q')", "(1, 2)[5]", "'abc'[10]", "b'a'[5]",
    "divmod(1, 0)", "pow(0, -1)", "2 ** 5000 * 1.0", "math.sqrt(-1)", "[1].remove(2)",
    "(lambda: 0)(1)", "(lambda x: 0)()", "int.bad_attr", "type('', (), {})().m()",
    "setattr(1, 'x', 2)", "(1).real = 5", "del [1][5]", "frozenset().add", "str.upper(1)",
    "'a' < 1", "[] > {}", "1 < None", "-'a'", "~1.5", "+[]", "'s' @ 2", "b'a' + 'b'",
]
import math
for src in cases:
    try:
        try:
            eval(src)
        except SyntaxError:
            exec(src)
        print("no error:", src)
    except Exception as e:
        print(f"{src:32} {type(e).__name__}: {e}")
