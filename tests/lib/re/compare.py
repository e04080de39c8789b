"""Run the cases in cases.py and print every result; run under CPython and
pyrite and diff:  python3 compare.py > a; pyrite compare.py > b; diff a b
(or `python3 compare.py --check PYRITE` to do both and diff)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

if len(sys.argv) > 2 and sys.argv[1] == '--check':
    import subprocess
    here = os.path.abspath(__file__)
    ra = subprocess.run([sys.executable, here], capture_output=True, text=True)
    a = ra.stdout
    env = dict(os.environ)
    env.setdefault('PYRITE_LIB', os.path.join(os.path.dirname(here), '..', '..', '..', 'Lib'))
    b = subprocess.run([sys.argv[2], here], capture_output=True, text=True, env=env)
    out = b.stdout
    al = a.splitlines()
    bl = out.splitlines()
    bad = 0
    for i in range(max(len(al), len(bl))):
        x = al[i] if i < len(al) else '<missing>'
        y = bl[i] if i < len(bl) else '<missing>'
        if x != y:
            bad += 1
            print('EXPECTED', x)
            print('GOT     ', y)
    if b.stderr != ra.stderr:
        bad += 1
        print('STDERR differs; expected:')
        print(ra.stderr[-3000:])
        print('got:')
        print(b.stderr[-3000:])
    print('%d lines, %d differ' % (len(al), bad))
    sys.exit(1 if bad else 0)

import re
from cases import PAIRS, BYTES_PAIRS, ERRORS, SUBS, SPLITS

count = 0


def show_match(m):
    if m is None:
        return 'None'
    return '%r %r %r %r %r %r' % (m, m.span(), m.groups(), m.groupdict(), m.lastindex,
                                  m.lastgroup)


def run(label, f):
    global count
    count += 1
    try:
        r = f()
    except re.error as e:
        r = 're.error: %s | %r %r %r %r' % (e, e.msg, e.pos, e.lineno, e.colno)
    except Exception as e:
        r = '%s: %s' % (type(e).__name__, e)
    print(count, label, r)


for pat, s in PAIRS + BYTES_PAIRS:
    lab = '%r %r' % (pat, s)
    run('match ' + lab, lambda: show_match(re.match(pat, s)))
    run('search ' + lab, lambda: show_match(re.search(pat, s)))
    run('fullmatch ' + lab, lambda: show_match(re.fullmatch(pat, s)))
    run('findall ' + lab, lambda: re.findall(pat, s))
    run('finditer ' + lab, lambda: [m.span() for m in re.finditer(pat, s)])
    run('split ' + lab, lambda: re.split(pat, s))
    run('sub ' + lab, lambda: re.subn(pat, lambda m: '<%s>' % (m.group(),) if isinstance(s, str) else b'<' + m.group() + b'>', s))
    run('compile ' + lab, lambda: (repr(re.compile(pat)), re.compile(pat).groups, dict(re.compile(pat).groupindex)))

for pat in ERRORS:
    run('error %r' % (pat,), lambda: re.compile(pat))

for pat, repl, s in SUBS:
    run('sub %r %r %r' % (pat, repl, s), lambda: re.subn(pat, repl, s))

for pat, s in SPLITS:
    run('split %r %r' % (pat, s), lambda: re.split(pat, s))
    run('split1 %r %r' % (pat, s), lambda: re.split(pat, s, maxsplit=1))

# flags and API details
for fl in [re.I, re.M, re.S, re.X, re.A, re.U, re.I | re.M, re.I | re.S | re.X, re.NOFLAG,
           re.T, re.L]:
    run('flag %r' % (int(fl),), lambda: (repr(fl), str(fl)))
    run('cflag %r' % (int(fl),), lambda: repr(re.compile('a', fl)))
    run('bflag %r' % (int(fl),), lambda: repr(re.compile(b'a', fl)))
run('flagrepr', lambda: repr(re.RegexFlag(1024 | 2)))
p = re.compile(r'(?P<a>\d+)(?P<b>x)?')
for args in [('12x34', 0), ('12x34', 2), ('12x34', 3, 4), ('abc', 1, 2), ('12', -5, 100)]:
    run('pos search %r' % (args,), lambda: show_match(p.search(*args)))
    run('pos match %r' % (args,), lambda: show_match(p.match(*args)))
    run('pos findall %r' % (args,), lambda: p.findall(*args))
m = p.search('a12b')
run('m.group', lambda: (m.group(), m.group(0, 1, 2), m['a'], m[1], m.groups('-'), m.groupdict('-')))
run('m.startend', lambda: (m.start(), m.end(1), m.start('b'), m.span('b'), m.regs, m.pos, m.endpos))
run('m.expand', lambda: m.expand(r'[\1|\g<a>|\g<b>]'))
run('m.badgroup', lambda: m.group(3))
run('m.badname', lambda: m.group('zz'))
run('m.re', lambda: (m.re is p, m.string))
run('escape', lambda: re.escape('a.b*c?d[e]f{g}h|i^j$k\\l m\tn-o#p&q~r_s/t:u"v\'w'))
run('escape b', lambda: re.escape(b'a.b\xff c'))
run('types', lambda: (type(p).__name__, type(m).__name__, re.Pattern, re.Match))
run('mismatch', lambda: re.match('a', b'a'))
run('mismatch2', lambda: re.match(b'a', 'a'))
run('badsubj', lambda: re.match('a', 5))
run('badflags', lambda: re.compile('a', re.L))
run('badflags2', lambda: re.compile('a', re.A | re.U))
run('badflags3', lambda: re.compile(b'a', re.U))
run('compiled', lambda: re.compile(p) is p)
run('compiled flags', lambda: re.compile(p, re.I))
run('cache', lambda: re.compile('x+y') is re.compile('x+y'))
run('purge', lambda: re.purge())
run('sub count', lambda: re.sub('a', 'b', 'aaaa', 2))
run('sub count kw', lambda: re.subn('a', 'b', 'aaaa', count=3))
run('sub fn none', lambda: re.sub('a', lambda m: None, 'aba'))
run('sub bytes', lambda: re.sub(b'(a)', rb'<\1>', b'xax'))
run('sub bad repl', lambda: re.sub('a', 5, 'a'))
run('multiline err', lambda: re.compile('a\nb\n(c'))
run('split maxsplit', lambda: re.split(r'\W+', 'a, b, c, d', 2))
run('findall empty', lambda: re.findall(r'\b|\w', 'ab c'))
run('match eq', lambda: re.compile('a') == re.compile('a'))
run('lastindex', lambda: [re.match(r'(a)(b)', 'ab').lastindex, re.match(r'((a)b)', 'ab').lastindex, re.match(r'(a)|(b)', 'b').lastindex])
run('long', lambda: re.search(r'(\w+)@', 'x' * 3000 + '@').span())
run('long2', lambda: len(re.findall(r'(?:ab|cd)+', 'ab' * 2000 + ' ' + 'cd' * 10)))
run('long3', lambda: re.match(r'(a|b)*c', 'ab' * 1500 + 'c').span())
run('matchrepr', lambda: repr(re.search('x+', 'a' + 'x' * 100)))
run('patrepr', lambda: repr(re.compile('y' * 300)))
run('error attrs', lambda: re.error('boom'))
run('template', lambda: re.sub(r'(?P<x>a)', r'\g<x>\g<x>', 'a'))
sc = re.compile(r'\w*|\s').scanner('ab  c')
run('scanner match', lambda: [sc.match() for _ in range(7)])
sc2 = re.compile(r'\w*').scanner('ab  c')
run('scanner search', lambda: [sc2.search() for _ in range(6)])
run('Scanner', lambda: re.Scanner([(r'\d+', lambda s, t: int(t)), (r'\s+', None), (r'\w+', lambda s, t: t.upper())]).scan('12 ab 3 !x'))
run('bytes-like', lambda: (re.split(b'x', bytearray(b'axb')), re.sub(b'x', b'y', memoryview(b'axb')), re.match(b'a', bytearray(b'a')).group()))
run('neg count', lambda: (re.sub('a', 'b', 'aaa', -1), re.subn(b'a', b'b', b'aaa', -2), re.split('a', 'bab', -1)))
run('kw args', lambda: (p.search(string='x12', pos=0), p.findall('1x2', endpos=2), re.compile(pattern='b', flags=re.I)))
run('bad pos', lambda: p.match('a', 'x'))
run('bad count', lambda: re.sub('a', 'b', 'a', 'x'))
run('bad flags', lambda: re.compile('a', 'x'))
run('bad flags2', lambda: re.compile('a', 1.5))
print('cases:', count)
