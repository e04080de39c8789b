"""Random differential test of compile errors/warnings: python3 fuzz_errors.py SEED N vs pyrite."""
import random, re, sys
rnd = random.Random(int(sys.argv[1]))
TOK = ['(', ')', '(?', '(?P<a>', '(?P=a)', '(?<', '(?<=', '(?!', '[', ']', '^', '-', '\\', '\\1', '\\2', '{', '}', '{1,2}', ',', '*', '+', '?', '|', 'a', 'b', ':', 'i', 'x', '#', ' ', '\n', '\\d', '\\b', 'P', '=', '>', '<', '0', '9', '\\x', '(?#', '(?(', '1', 'u', 'L', 'a-']
for k in range(int(sys.argv[2])):
    pat = ''.join(rnd.choice(TOK) for _ in range(rnd.randint(1, 7)))
    fl = rnd.choice([0, 0, re.X, re.I])
    try:
        p = re.compile(pat, fl)
        r = ('ok', p.groups, p.flags, p.findall('ab1 (a)[b]-{1,2}\n*+?'))
    except re.error as e:
        r = ('error', str(e), e.pos)
    except Exception as e:
        r = (type(e).__name__, str(e))
    print(k, repr(pat), fl, r)
