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
    """Lines of a source obtained from a loader (as CPython's lazy path)."""
    return [line + '\n' for line in data.splitlines()]


def _file_lines(text):
    """Lines of a file read in text mode with universal newlines."""
    text = text.replace('\r\n', '\n').replace('\r', '\n')
    lines = text.split('\n')
    out = [line + '\n' for line in lines[:-1]]
    if lines[-1]:
        out.append(lines[-1])
    return out


def _coding_cookie(line):
    """The encoding named by a PEP 263 comment in line (bytes), or None."""
    try:
        text = line.decode('latin-1')
    except UnicodeDecodeError:
        return None
    stripped = text.lstrip(' \t\f')
    if not stripped.startswith('#'):
        return None
    i = text.find('coding')
    while i >= 0:
        j = i + 6
        if j < len(text) and text[j] in ':=':
            j += 1
            while j < len(text) and text[j] in ' \t':
                j += 1
            k = j
            while k < len(text) and (text[k].isalnum() or text[k] in '-_.'):
                k += 1
            if k > j:
                return text[j:k]
        i = text.find('coding', i + 1)
    return None


def _decode_source(raw):
    if raw.startswith(b'\xef\xbb\xbf'):
        return raw[3:].decode('utf-8')
    encoding = 'utf-8'
    first_lines = raw.split(b'\n', 2)[:2]
    for idx, line in enumerate(first_lines):
        enc = _coding_cookie(line)
        if enc is not None:
            encoding = enc
            break
        if idx == 0 and line.strip() and not line.lstrip().startswith(b'#'):
            break
    return raw.decode(encoding)


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
        data = _decode_source(raw)
    except (OSError, UnicodeDecodeError, SyntaxError, LookupError):
        return []
    lines = _file_lines(data)
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'

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
