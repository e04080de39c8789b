"""Random differential test: python3 fuzz.py SEED N > a; pyrite fuzz.py SEED N > b; diff a b.
Patterns come from a small grammar; every result (or error) is printed."""
import random
import re
import sys

seed = int(sys.argv[1]) if len(sys.argv) > 1 else 1
N = int(sys.argv[2]) if len(sys.argv) > 2 else 300
rnd = random.Random(seed)
ATOMS = ['a', 'b', 'c', '.', '[ab]', '[^a]', r'\w', r'\s', r'\d', 'A', ' ', r'\b', '^', '$', r'\1', '(?i:a)',
         r'\B', r'\A', r'\Z', '[a-c]', '[^\\s]', r'\2', '(?(1)a|b)', '(?(2)c)', '(?P<n>a|b)', '(?P=n)', '\n']
FLAGS = [0, re.I, re.M, re.S, re.I | re.M, re.X, re.A]


def gen(d=0):
    r = rnd.random()
    if d > 3 or r < 0.35:
        return rnd.choice(ATOMS)
    if r < 0.55:
        return gen(d + 1) + gen(d + 1)
    if r < 0.65:
        return gen(d + 1) + '|' + gen(d + 1)
    if r < 0.8:
        return rnd.choice(['(', '(?:', '(?=', '(?!', '(?>', '(?<=']) + gen(d + 1) + ')'
    q = rnd.choice(['*', '+', '?', '{2}', '{1,3}', '{,2}', '*?', '+?', '??', '{1,2}?', '*+', '++', '?+'])
    return '(?:' + gen(d + 1) + ')' + q if rnd.random() < 0.5 else '(' + gen(d + 1) + ')' + q


for k in range(N):
    pat = gen()
    if rnd.random() < 0.3:
        pat = '(' + pat + ')' + rnd.choice(['', '*', '+'])
    subj = ''.join(rnd.choice('aabbc A1 \n') for _ in range(rnd.randint(0, int(sys.argv[3]) if len(sys.argv) > 3 else 12)))
    try:
        p = re.compile(pat, rnd.choice(FLAGS))
    except re.error as e:
        print(k, repr(pat), 'error', e)
        continue
    try:
        out = [p.flags, p.findall(subj), [m.span() for m in p.finditer(subj)], p.split(subj),
               p.sub('-', subj)]
        m = p.search(subj)
        out.append(m and (m.span(), m.groups(), m.lastindex))
        m = p.fullmatch(subj)
        out.append(m and (m.span(), m.groups()))
    except Exception as e:
        out = 'EXC %s %s' % (type(e).__name__, e)
    print(k, repr(pat), repr(subj), out)
