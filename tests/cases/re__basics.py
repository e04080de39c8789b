# re: matching, searching, groups, lookaround, repeats, Match objects
import re

def show(m):
    if m is None:
        print(None)
    else:
        print(repr(m), m.span(), m.groups(), m.groupdict(), m.lastindex, m.lastgroup)

cases = [
    (r'(\d+)-(\d+)', 'tel 555-1234'), (r'(?P<user>[\w.]+)@(?P<host>[\w.]+)', 'to: jo.e@ex.com'),
    (r'\bcat\b', 'concat cat category'), (r'(a|ab)(c|bcd)(d*)', 'abcd'),
    (r'(?<=\$)\d+(\.\d\d)?', 'cost: $42.50'), (r'(?<!\d)\d{2}(?!\d)', '123 45 6789 01'),
    (r'(?i)hello\s+(world|there)', 'HeLLo   THERE'), (r'^(\w+)\s*=\s*(.*?)\s*$', 'name =  value  '),
    (r'(?m)^#(.*)$', 'x\n# comment\ny'), (r'(?s)<b>(.*)</b>', '<b>a\nb</b>'),
    (r'(?x) (\d{4}) - (\d{2})  # year-month', 'on 2024-05 ok'), (r'((a)|(b))+', 'abab'),
    (r'(a)?(?(1)b|c)', 'c'), (r'(?>a+)b', 'aaab'), (r'a++b', 'aab'), (r'(\w)\1', 'hello'),
    (r'(?P<q>[\'"]).*?(?P=q)', 'say "hi" there'), (r'[^\W\d_]+', '__abc123def'),
    (r'(a*)*', 'aaa'), (r'(|a)+', 'aa'), (r'x*', 'yyy'), (r'\Aab\Z', 'ab'), (r'ab$', 'ab\n'),
]
for pat, s in cases:
    print(pat, repr(s))
    show(re.match(pat, s))
    show(re.search(pat, s))
    show(re.fullmatch(pat, s))

m = re.search(r'(?P<a>\d+)\.(?P<b>\d+)?(x)?', 'v 3.14 z')
print(m.group(), m.group(1), m.group('a', 'b', 3), m['b'], m[0])
print(m.start(), m.end(), m.span('b'), m.start(3), m.end(3), m.span(3), m.regs)
print(m.groups('?'), m.groupdict('?'), m.pos, m.endpos, m.string, m.re)
print(m.expand(r'<\g<b>.\1>'), m.expand(r'\3|\g<0>'))
for bad in (4, 'zz', -1):
    try:
        m.group(bad)
    except IndexError as e:
        print('IndexError', e)
p = re.compile(r'\d')
print(p.search('a1b2', 2), p.match('a1b2', 1), p.search('a1b2', 0, 1), p.findall('123456', 1, 4))
print(p.fullmatch('12', 1), p.match('1', 5), p.pattern, p.flags, p.groups, p.groupindex)
print(re.compile(r'(?P<x>a)(?P<y>b)').groupindex)
print(re.search('a' * 5 + r'(\w*)$', 'b' * 3000 + 'aaaaa' + 'c' * 3000).span(1))
print(len(re.match(r'(?:ab|c)*', 'ab' * 2000 + 'c' * 10).group()))
print(re.match(r'(\w+\s?)+$', 'word ' * 300).span())
print(bool(re.match('a', 'a')), re.match('b', 'a'))
