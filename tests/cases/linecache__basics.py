import linecache, sys
me = __file__
print(repr(linecache.getline(me, 1)))
print(repr(linecache.getline(me, 2)))
print(repr(linecache.getline(me, 0)), repr(linecache.getline(me, 10**6)))
lines = linecache.getlines(me)
print(len(lines) > 10, lines[-1].endswith('\n'))
print(me in linecache.cache)
linecache.checkcache(me)
print(me in linecache.cache)
linecache.clearcache()
print(me in linecache.cache, linecache.cache)
print(repr(linecache.getline('/nonexistent/file.py', 1)))
print(repr(linecache.getline('<string>', 1)))
print(linecache.getlines(''))
class Loader:
    def get_source(self, name):
        return "alpha\nbeta\ngamma"
g = {'__name__': 'fake_mod', '__loader__': Loader()}
print(linecache.lazycache('fake_mod.py', g))
print(linecache.lazycache('fake_mod.py', g))
print(repr(linecache.getline('fake_mod.py', 3, g)))
print(linecache.getlines('fake_mod.py'))
print(linecache.lazycache('<other>', g), linecache.lazycache('x.py', None))
print(linecache.lazycache('y.py', {'__name__': 'y'}))
import keyword
kl = linecache.getlines(keyword.__file__, keyword.__dict__)
print(len(kl) > 0)
# this comment is line 29
print(repr(linecache.getline(me, 29)))
