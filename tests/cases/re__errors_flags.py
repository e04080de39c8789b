# re: compile errors with CPython's messages and positions; RegexFlag reprs
import re

for pat in ['(', 'a)', '(?:a', '*', 'a**', 'a{3,2}', '[a', '[z-a]', r'[\w-z]', r'\q', '\\',
            r'\2', '(a\\1)', '(?P<a>x)(?P<a>y)', '(?P<1>x)', '(?P=nope)', '(?<x)', '(?Px)', '(?z)',
            '(?<=a*)b', '(?<=a|bc)', '(?(2)a)', '(a)(?(1)a|b|c)', '(?#x', r'\x1', r'\777',
            'ab\n(c', 'x(?i)y', '(?i', '(?-i)', '^*', r'\b?']:
    try:
        re.compile(pat)
        print(repr(pat), 'ok')
    except re.error as e:
        print(repr(pat), '->', e, '|', e.msg, e.pos, e.lineno, e.colno)
print(re.I, re.M | re.S, re.IGNORECASE | re.VERBOSE | re.ASCII, repr(re.NOFLAG), str(re.X))
print(int(re.I | re.M), re.I in (re.I | re.M), type(re.I), re.RegexFlag.DOTALL.value)
print(re.compile('a'), re.compile('a', re.I | re.M), re.compile(b'a', re.I), re.compile('(?s)a'))
print(re.compile('a').flags, re.compile(b'a').flags, re.compile('(?ai)a').flags)
print(re.compile('(?i)abc').match('ABC'), re.compile('abc', re.I).match('aBc'))
print(re.search(r'\w+', 'héllo', re.A), re.search(rb'\w+', b'h\xe9llo'))
try:
    re.compile('a', re.L)
except ValueError as e:
    print('ValueError', e)
try:
    re.match('a', b'a')
except TypeError as e:
    print('TypeError', e)
print(re.compile('x') is re.compile('x'), re.compile('x') == re.compile('x'))
re.purge()
print(isinstance(re.compile('x'), re.Pattern), isinstance(re.match('x', 'x'), re.Match))
