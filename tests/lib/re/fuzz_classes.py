"""Random differential test of character classes and case folding: python3 fuzz_classes.py SEED N vs pyrite."""
import random, re, sys
rnd = random.Random(int(sys.argv[1]))
CH = 'aAbBzZ09_ \t\n.-éÉßſKkıİσςΣ\u00a0\u0663µ'
def cls():
    items = []
    for _ in range(rnd.randint(1, 3)):
        r = rnd.random()
        if r < 0.3:
            a, b = sorted([rnd.choice('aAbz09éÉ'), rnd.choice('aAbz09éÉ')])
            items.append(a + '-' + b)
        elif r < 0.6:
            items.append(rnd.choice([r'\w', r'\W', r'\d', r'\D', r'\s', r'\S']))
        else:
            c = rnd.choice(CH.replace('\n', '').replace('-', ''))
            items.append(re.escape(c))
    return '[' + rnd.choice(['', '^']) + ''.join(items) + ']'
for k in range(int(sys.argv[2])):
    pat = ''.join(cls() + rnd.choice(['', '+', '*?', '{1,2}']) for _ in range(rnd.randint(1, 3)))
    fl = rnd.choice([0, re.I, re.A, re.I | re.A])
    subj = ''.join(rnd.choice(CH) for _ in range(rnd.randint(0, 10)))
    try:
        print(k, repr(pat), fl, repr(subj), re.findall(pat, subj, fl))
    except re.error as e:
        print(k, repr(pat), 'error', e)
