"""Cache of the lines of source files, read on demand.

getline(filename, lineno) returns one line ('' when it cannot be had);
sources of the embedded standard library are obtained from the module's
loader."""

import sys

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

# filename -> (size, mtime, lines, fullname), or (getter,) for lazy entries
cache = {}

_EMBEDDED = '/@pyrite/Lib'


def _stat(path):
    try:
        import os
    except ImportError:
        import posix as os
    return os.stat(path)


def _isabs(path):
    return path.startswith('/')


def _join(a, b):
    if b.startswith('/'):
        return b
    if not a or a.endswith('/'):
        return a + b
    return a + '/' + b


def clearcache():
    cache.clear()


def getline(filename, lineno, module_globals=None):
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    if filename in cache:
        entry = cache[filename]
        if len(entry) != 1:
            return cache[filename][2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    if filename is None:
        filenames = list(cache.keys())
    elif filename in cache:
        filenames = [filename]
    else:
        return
    for filename in filenames:
        entry = cache.get(filename)
        if entry is None or len(entry) == 1:
            continue
        size, mtime, lines, fullname = entry
        if mtime is None:
            continue
        try:
            st = _stat(fullname)
        except (OSError, ValueError):
            cache.pop(filename, None)
            continue
        if size != st.st_size or mtime != st.st_mtime:
            cache.pop(filename, None)


def _split(data):
    lines = data.splitlines(True)
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    return lines


def _embedded_source(filename, module_globals):
    if module_globals is not None:
        loader = module_globals.get('__loader__')
        name = module_globals.get('__name__')
        spec = module_globals.get('__spec__')
        if spec is not None:
            loader = getattr(spec, 'loader', None) or loader
            name = getattr(spec, 'name', None) or name
        get_source = getattr(loader, 'get_source', None)
        if name and get_source is not None:
            try:
                data = get_source(name)
            except Exception:
                data = None
            if data is not None:
                return data
    try:
        import _imp
        return _imp._get_source(filename)
    except Exception:
        return None


def updatecache(filename, module_globals=None):
    if filename in cache:
        if len(cache[filename]) != 1:
            cache.pop(filename, None)
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return []

    if filename.startswith(_EMBEDDED):
        data = _embedded_source(filename, module_globals)
        if data is None:
            return []
        lines = _split(data)
        cache[filename] = (len(data), None, lines, filename)
        return lines

    fullname = filename
    try:
        stat = _stat(fullname)
    except OSError:
        basename = filename
        if lazycache(filename, module_globals):
            try:
                data = cache[filename][0]()
            except (ImportError, OSError):
                pass
            else:
                if data is None:
                    return []
                lines = _split(data)
                cache[filename] = (len(data), None, lines, fullname)
                return lines
        if _isabs(filename):
            return []
        for dirname in sys.path:
            try:
                fullname = _join(dirname, basename)
            except (TypeError, AttributeError):
                continue
            try:
                stat = _stat(fullname)
                break
            except (OSError, ValueError):
                pass
        else:
            return []
    try:
        with open(fullname, 'rb') as fp:
            raw = fp.read()
    except (OSError, UnicodeDecodeError, SyntaxError):
        return []
    try:
        data = raw.decode('utf-8')
    except UnicodeDecodeError:
        data = raw.decode('latin-1')
    lines = _split(data)
    size, mtime = stat.st_size, stat.st_mtime
    cache[filename] = size, mtime, lines, fullname
    return lines


def lazycache(filename, module_globals):
    if filename in cache:
        if len(cache[filename]) == 1:
            return True
        else:
            return False
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return False
    if module_globals and '__name__' in module_globals:
        spec = module_globals.get('__spec__')
        name = getattr(spec, 'name', None) or module_globals['__name__']
        loader = getattr(spec, 'loader', None)
        if loader is None:
            loader = module_globals.get('__loader__')
        get_source = getattr(loader, 'get_source', None)
        if name and get_source:
            def get_lines(name=name, *args, **kwargs):
                return get_source(name, *args, **kwargs)
            cache[filename] = (get_lines,)
            return True
    return False
