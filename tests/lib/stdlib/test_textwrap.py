import sys
try:
    sys.path.insert(0, __file__.rpartition('/')[0] or '.')
except AttributeError:
    pass  # inside pyrite: run_pyrite.py puts this directory on PYTHONPATH
import harness

SAMPLES = [
    "The quick brown fox jumps over the lazy dog. " * 5,
    "Hello there, how are you this fine day?  I'm glad to hear it!",
    "this-is-a-hyphenated-word and another-one here--and an em--dash -- ok",
    "supercalifragilisticexpialidocious is a very long word indeed",
    "a\tb\tc\nd\re\x0bf\x0cg  h",
    "  leading and trailing   ",
    "", " ", "x", "--", "---a", "a---b", "e.g.--then", "a-b-c-d", "ab-cd", "abc-d", "ab-c-de", "1a-2b", "é-ü-ß word-wörds",
    "Mr. Smith went to Washington. He said \"hi.\" Then left! Really? yes.",
    "don't stop-believing -- hold on-to that feeling",
    "___-___ x_y-z_w", "ab--", "ab--1", "ab--_", "a--b--c", "end with hyphen-",
]

def t_split(m):
    w = m.TextWrapper()
    w2 = m.TextWrapper(break_on_hyphens=False)
    return [(w._split(s), w2._split(s)) for s in SAMPLES]
def t_wrap(m):
    out = []
    for s in SAMPLES:
        for width in (1, 2, 5, 10, 12, 20, 40, 70):
            for kw in ({}, {'break_long_words': False}, {'break_on_hyphens': False}, {'drop_whitespace': False}, {'fix_sentence_endings': True},
                       {'initial_indent': '* ', 'subsequent_indent': '  '}, {'max_lines': 2}, {'max_lines': 1, 'placeholder': '...'}, {'expand_tabs': False, 'replace_whitespace': False}, {'tabsize': 3}):
                if 'initial_indent' in kw and width < 3:
                    continue   # CPython loops forever when the indent is wider than width
                try: out.append(m.wrap(s, width, **kw))
                except Exception as e: out.append((type(e).__name__, str(e)))
    return out
def t_fill(m): return [m.fill(s, 15) for s in SAMPLES]
def t_shorten(m):
    out = []
    for s in SAMPLES:
        for width in (5, 10, 20, 50):
            try: out.append(m.shorten(s, width))
            except Exception as e: out.append((type(e).__name__, str(e)))
    out.append(m.shorten("Hello  world!", width=12)); out.append(m.shorten("Hello world!", width=11)); out.append(m.shorten("Hello world", width=10, placeholder="..."))
    return out
def t_wrap_e(m): return m.wrap('abc', 0)
def t_random(m):
    import random
    r = random.Random(42); alphabet = 'ab- \t\n.!?"\'-_1é'; out = []
    for i in range(400):
        s = ''.join(r.choice(alphabet) for _ in range(r.randrange(0, 40)))
        w = r.randrange(1, 12)
        kw = r.choice([{}, {'fix_sentence_endings': True}, {'drop_whitespace': False}, {'max_lines': 2}, {'break_long_words': False}, {'break_on_hyphens': False}])
        try: out.append((m.TextWrapper()._split(s), m.wrap(s, w, **kw)))
        except Exception as e: out.append((type(e).__name__, str(e)))
    return out
def t_dedent(m):
    cases = ["  a\n  b", "  a\n    b\n", "\ta\n  b", "  a\n\n  b", "  \n  a\n   \n  b", "no indent\n  x", "    x\n  \ty", "\t\ta\n\tb", "  a\r\n  b", " ", "", "  x  \n", "  a\n \n  b", "   a\n  \t\n   b"]
    return [m.dedent(c) for c in cases]
def t_indent(m):
    return [m.indent("a\nb\n\n  \nc", "> "), m.indent("a\r\nb", "+"), m.indent("x\ny", "-", lambda l: l.startswith('y')), m.indent("", "x"), m.indent("\n", "x")]
def t_regex_attrs(m):
    import re
    w = m.TextWrapper()
    out = []
    for s in SAMPLES:
        out.append(([c for c in w.wordsep_re.split(s) if c], [c for c in w.wordsep_simple_re.split(s) if c], bool(w.sentence_end_re.search(s))))
    class Custom(m.TextWrapper):
        wordsep_re = re.compile(r'(\s+|,)')
        sentence_end_re = re.compile(r'[A-Z]\.\Z')
    out.append(Custom(width=6).wrap('aaa,bbb ccc,ddd eee'))
    out.append(Custom(width=60, fix_sentence_endings=True).wrap('end A. next b. x'))
    w2 = m.TextWrapper(width=5); w2.wordsep_simple_re = re.compile(r'(-)'); w2.break_on_hyphens = False
    out.append(w2.wrap('ab-cd-ef gh'))
    out.append(m.TextWrapper.wordsep_re.pattern == __import__('textwrap').TextWrapper.wordsep_re.pattern)
    return out
def t_all(m): return sorted(m.__all__)

if __name__ == '__main__':
    sys.exit(harness.main_subprocess(__file__, globals(), 'textwrap'))
