import linecache, os
base = '/tmp/pyrite_linecache_golden_%d_' % os.getpid()
files = {
    'crlf.txt': b'line1\r\nline2\rline3\x0cstill3\nlast',
    'lat.py': b'# -*- coding: latin-1 -*-\nx = "\xe9t\xe9"\n',
    'bad.py': b'# coding: nonexistent-enc\nx = 1\n',
    'bom.py': b'\xef\xbb\xbfy = 2\n',
    'second.py': b'#!/usr/bin/env python\n# vim: set fileencoding=latin-1 :\nz = "\xff"\n',
    'notfirst.py': b'import x\n# coding: latin-1\nw = "\xc3\xa9"\n',
    'invalid.py': b'v = "\xff"\n',
    'empty.py': b'',
}
try:
    for name, data in files.items():
        with open(base + name, 'wb') as f:
            f.write(data)
    for name in files:
        path = base + name
        print(name, linecache.getlines(path), repr(linecache.getline(path, 2)))
    path = base + 'lat.py'
    print(path in linecache.cache, linecache.cache[path][2])
    with open(path, 'wb') as f:
        f.write(b'changed = True\nsecond line here\n')
    print(linecache.getline(path, 1), end='')
    linecache.checkcache(path)
    print(path in linecache.cache)
    print(linecache.getline(path, 1), end='')
    os.remove(path)
    linecache.checkcache()
    print(path in linecache.cache, repr(linecache.getline(path, 1)))
finally:
    for name in files:
        try:
            os.remove(base + name)
        except OSError:
            pass
