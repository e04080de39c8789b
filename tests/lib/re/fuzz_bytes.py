"""Random differential test of bytes patterns: python3 fuzz_bytes.py SEED N vs pyrite."""
import random, re, sys
rnd = random.Random(int(sys.argv[1]))
ATOMS = [rb'\w', rb'\W', rb'\d', rb'\s', rb'\b', rb'[a-z]', rb'[^\x80-\xff]', rb'[\xe0-\xff]', b'a', b'A', b'\xe9', b'\xc9', b'.', rb'(a|\xe9)', rb'\1']
CH = [b'a', b'A', b'\xe9', b'\xc9', b' ', b'1', b'\n', b'\xff', b'_', b'\x00']
for k in range(int(sys.argv[2])):
    pat = b''.join(rnd.choice(ATOMS) + rnd.choice([b'', b'+', b'*?', b'?']) for _ in range(rnd.randint(1, 4)))
    fl = rnd.choice([0, re.I, re.L, re.I | re.L, re.A, re.M, re.S])
    subj = b''.join(rnd.choice(CH) for _ in range(rnd.randint(0, 10)))
    try:
        p = re.compile(pat, fl)
        r = (p.flags, p.findall(subj), p.split(subj), p.sub(b'-', subj), repr(p))
    except re.error as e:
        r = ('error', str(e))
    print(k, pat, fl, subj, r)
