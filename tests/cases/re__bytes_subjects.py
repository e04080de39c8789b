# re: bytes patterns, bytes-like subjects, str subclasses, pos/endpos, long subjects
import re

print(re.findall(rb'\w+', b'h\xe9llo w0rld_'), re.findall(rb'(?i)\xe9|a', b'A\xc9\xe9'))
print(re.split(b'x', bytearray(b'axb')), re.split(b'(x)', memoryview(b'axb')))
print(re.sub(b'x', b'y', bytearray(b'axb')), re.sub(b'z', b'y', bytearray(b'axb')))
print(re.match(b'a', bytearray(b'ab')).group(), re.search(rb'(\d+)', b'ab12').groups())
print(re.compile(b'a+', re.I | re.L), re.compile(b'x').flags, re.escape(b'a.b\x00'))
print(re.sub(rb'(?P<d>\d)', rb'[\g<d>\1]', b'a1b2'))
class S(str):
    pass
print(type(re.split('x', S('axb'))[0]), type(re.match('a', S('ab')).group()),
      type(re.sub('z', 'y', S('ab'))), type(re.findall('a', S('a'))[0]))
for bad in [('a', b'a'), (b'a', 'a'), ('a', 1), ('a', None)]:
    try:
        re.search(*bad)
    except TypeError as e:
        print('TypeError', e)
for args in [(b'a', 'x', b'a'), ('a', b'x', 'a'), ('a', lambda m: 5, 'a'), ('a', None, 'a')]:
    try:
        re.sub(*args)
    except TypeError as e:
        print('TypeError', e)
p = re.compile(r'^\w|\b\w|(?<=a)b|x$')
for a in [(1,), (1, 2), (0, 1), (2, 5), (-3, 99)]:
    print(a, [m.span() for m in p.finditer('abcx', *a)], p.search('abcx', *a))
print(re.match(r'(?:a|b)*c', 'ab' * 5000 + 'c').span())
print(len(re.findall(r'\w+', 'lorem ipsum ' * 3000)))
print(re.sub(r'(?s)/\*.*?\*/', '', 'a /* ' + 'x' * 5000 + ' */ b'))
