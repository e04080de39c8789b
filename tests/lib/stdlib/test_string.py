import sys
try:
    sys.path.insert(0, __file__.rpartition('/')[0] or '.')
except AttributeError:
    pass  # inside pyrite: run_pyrite.py puts this directory on PYTHONPATH
import harness

FORMATS = ['', 'abc', '{}', '{0}', '{a}', 'x{{y', 'x}}y', '{{}}', '{', '}', 'a{', 'a}', 'a}b', '{0!r}', '{0!r:>5}', '{0:{1}}', '{0:{1}{2}}', '{!}', '{0!}', '{0!rr}', '{0!r', '{0:', '{0', '{0[}', '{0[]}', '{0[a]}', '{0[a}b]}', '{0.a.b[1][c]}',
           '{a{b}', '{:{:{}}}', '{0:}}', '{0:{{}}}', 'a{}b{}c', '{{{0}}}', '}}{{', '{:}', '{!r}', '{0!s:^{1}}', '{0[', '{x!a}', '{0:{', '{0:x{}', '{ }', '{0 }', '{0.}', '{0..a}', '{0[1]x}', '{0[]}', '{0.a[}', '{0[1].}', '{00}', '{1a}', '{-1}', '{a.b}{c[d]}']

def t_parse(m):
    out = []
    for f in FORMATS:
        try: out.append(list(m.Formatter().parse(f)))
        except Exception as e: out.append((type(e).__name__, str(e)))
    return out
class O:
    a = 'A'
    b = {'k': 'v'}
def t_format(m):
    F = m.Formatter(); out = []
    cases = [('{} {}', (1, 2), {}), ('{0} {0}', ('x',), {}), ('{a}', (), {'a': 5}), ('{0.a}', (O,), {}), ('{0.b[k]}', (O,), {}), ('{0[1]}', ([7, 8],), {}), ('{0!r:>6}', ('x',), {}),
             ('{0:{1}}', (3.14159, '.2f'), {}), ('{:{}}', (5, '>3'), {}), ('{}{0}', (1, 2), {}), ('{0}{}', (1, 2), {}), ('{0!x}', (1,), {}), ('{0:{1:{2}}}', (1, 2, 3), {}), ('{0:{1:{2:{3}}}}', (1, 2, 3, 4), {}),
             ('{x}', (), {}), ('{1}', (0,), {}), ('{0!a}', ('é',), {}), ('{0!s}', (b'x',), {}), ('{0[a]}', ({'a': 1},), {}), ('{0.}', (1,), {}), ('{0[]}', ([],), {}), ('{z.}', (), {}), ('{0.a[}', (O,), {}), ('{00}', ('q',), {}), ('{0.a}{}', (O,), {})]
    for f, a, k in cases:
        try: out.append(F.format(f, *a, **k))
        except Exception as e: out.append((type(e).__name__, str(e)))
    out.append(F.vformat('{0}{x}', (1,), {'x': 2}))
    out.append(F.convert_field('a', 'r')); out.append(F.format_field(3, '03d')); out.append(F.get_value(0, ['z'], {})); out.append(F.get_field('0.a', [O], {}))
    try: F.convert_field(1, 'q')
    except ValueError as e: out.append(str(e))
    class Chk(m.Formatter):
        def check_unused_args(self, used, args, kwargs): self.used = sorted(map(str, used))
    c = Chk(); c.format('{0}{b}{2}', 1, 2, 3, b=4); out.append(c.used)
    return out
def t_consts(m): return m.whitespace, m.ascii_letters, m.ascii_lowercase, m.ascii_uppercase, m.digits, m.hexdigits, m.octdigits, m.punctuation, m.printable, sorted(m.__all__)
def t_capwords(m): return m.capwords(' hello   world  x'), m.capwords('a-b-c', '-'), m.capwords(''), m.capwords('ab cd', None), m.capwords('hELLO wORLD')

TEMPLATES = ['$who likes $what', '${who}s', '$$', '$$who', 'a $ b', '$', 'x$', '${', '${}', '${who', '${1}', '$1', '$_a1 $A_b', '${who} $who$what', 'line1\nline2 $ bad', '\n\n  $', 'é$who', '$whoé', '${ who}', '$who.attr', '$$$who', '${who}}', 'no placeholders', '$WHO']
MAP = {'who': 'tim', 'what': 'kung pao', '_a1': 1, 'A_b': [2], 'WHO': 'W'}
def t_template(m):
    out = []
    for t in TEMPLATES:
        T = m.Template(t)
        for f in (lambda: T.substitute(MAP), lambda: T.safe_substitute(MAP), lambda: T.substitute(MAP, who='kw'), lambda: T.safe_substitute(), lambda: T.substitute(who=1, what=2, _a1=3, A_b=4, WHO=5), T.is_valid, T.get_identifiers):
            try: out.append(f())
            except Exception as e: out.append((type(e).__name__, str(e)))
    return out
def t_template_sub(m):
    class Pct(m.Template):
        delimiter = '%'
    class Id(m.Template):
        idpattern = r'[a-z]+_[a-z]+'
    class Br(m.Template):
        braceidpattern = r'[a-z ]+'
    class Cs(m.Template):
        flags = 0
    class Pat(m.Template):
        pattern = r'''
        \#(?:
          (?P<escaped>\#) |
          (?P<named>[a-z]+) |
          \[(?P<braced>[a-z]+)\] |
          (?P<invalid>)
        )'''
    out = []
    for cls, t in [(Pct, '%who %% %{what} $who %'), (Id, '$foo_bar $foo $fo_o'), (Br, '${a b} $ab ${ab}'), (Cs, '$Who $who'), (Pat, '#who ## #[what] # $who'), (Pct, '100%')]:
        T = cls(t)
        d = {'who': 'W', 'what': 'X', 'foo_bar': 'FB', 'a b': 'AB', 'ab': 'ab', 'Who': 'big'}
        for f in (lambda: T.substitute(d), lambda: T.safe_substitute(d), T.is_valid, T.get_identifiers):
            try: out.append(f())
            except Exception as e: out.append((type(e).__name__, str(e)))
    out.append(m.Template.delimiter); out.append(m.Template.idpattern); out.append(m.Template.braceidpattern)
    out.append(m.Template('$a').template)
    out.append(m.Template.pattern.pattern == __import__('string').Template.pattern.pattern)
    return out
def t_template_e(m): return m.Template('$a').substitute({}, {})
def t_template_e2(m): return m.Template('$a').substitute()

if __name__ == '__main__':
    sys.exit(harness.main_subprocess(__file__, globals(), 'string'))
