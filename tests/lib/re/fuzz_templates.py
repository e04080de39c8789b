"""Random differential test of sub() templates: python3 fuzz_templates.py SEED N vs pyrite."""
import random
import re
import sys

rnd = random.Random(int(sys.argv[1]))
TOK = ['\\', '\\1', '\\2', '\\0', '\\g', '<', '>', 'a', '1', '0', '7', 'x', '\\n', '\\q', '\\x', 'b', 'n',
       '-', '\\g<1>', '\\g<n>', '\\g<0>', '\\9', ' ', '\\\\', 'N', '{', '}', '\\N{DIGIT ONE}']
pats = [re.compile(r'(?P<n>a)(b)?'), re.compile(r'(a)'), re.compile(r'a'), re.compile(rb'(?P<n>a)(b)?')]
for k in range(int(sys.argv[2])):
    t = ''.join(rnd.choice(TOK) for _ in range(rnd.randint(1, 5)))
    p = rnd.choice(pats)
    s = 'xaby a'
    if isinstance(p.pattern, bytes):
        t = t.encode()
        s = s.encode()
    try:
        r = p.subn(t, s)
    except re.error as e:
        r = ('error', str(e), e.pos)
    except Exception as e:
        r = (type(e).__name__, str(e))
    print(k, p.pattern, repr(t), r)
