import fnmatch
pats = ['*.py', 'a?c', '[abc]*', '[!abc]*', '*', '', 'x*y*z', '[a-c]x', '[z-a]', '[]]', '[!]]', '[', 'a[', '[a-]', '[-a]',
        'a*b*c*d', '*.[ch]', '[^x]', '[\\]', 'a.b', 'a+b(c)', '[a-c-e]', '[!a-z]?', '**a**', 'x[&~|]y', '[!]', '[]', 'a b#c', 'tab\there']
names = ['foo.py', 'abc', 'axc', 'bar', 'zap', '', 'xaybz', 'bx', 'z', ']', 'q', '[', 'a[', '-', 'a', 'aXbYcZd', 'x.c', 'x.h', '^', '\\', 'a.b', 'a+b(c)', 'd', 'e', '1x', 'ba', 'x&y', 'x~y', 'a b#c', 'tab\there', 'FOO.PY', 'a\nb']
for p in pats:
    print(repr(p), fnmatch.translate(p), [n for n in names if fnmatch.fnmatchcase(n, p)])
print(fnmatch.filter(names, '*.?'), fnmatch.fnmatch('FOO.PY', '*.py'), fnmatch.fnmatch('a\nb', 'a?b'))
print(fnmatch.fnmatchcase(b'abc.txt', b'*.txt'), fnmatch.filter([b'x.c', b'y.h'], b'*.c'), fnmatch.translate('[!]x]*'))
try: fnmatch.fnmatch(1, '*')
except TypeError as e: print(e)
try: fnmatch.fnmatchcase('abc', b'*')
except TypeError as e: print(e)
try: fnmatch.fnmatchcase(b'abc', '*')
except TypeError as e: print(e)
