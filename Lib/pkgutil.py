"""Utilities to support packages."""

from collections import namedtuple
import importlib
import importlib.util
import importlib.machinery
import os
import os.path
import sys
import _imp

__all__ = [
    'get_importer', 'iter_importers', 'get_loader', 'find_loader',
    'walk_packages', 'iter_modules', 'get_data',
    'read_code', 'extend_path',
    'ModuleInfo',
]


ModuleInfo = namedtuple('ModuleInfo', 'module_finder name ispkg')
ModuleInfo.__doc__ = 'A namedtuple with minimal info about a module.'

_EMBED_ROOT = '/@pyrite/Lib'


def read_code(stream):
    return None


def walk_packages(path=None, prefix='', onerror=None):
    """Yields ModuleInfo for all modules recursively on path, or, if path is
    None, all accessible modules."""

    def seen(p, m={}):
        if p in m:
            return True
        m[p] = True

    for info in iter_modules(path, prefix):
        yield info

        if info.ispkg:
            try:
                __import__(info.name)
            except ImportError:
                if onerror is not None:
                    onerror(info.name)
            except Exception:
                if onerror is not None:
                    onerror(info.name)
                else:
                    raise
            else:
                path = getattr(sys.modules[info.name], '__path__', None) or []
                path = [p for p in path if not seen(p)]
                yield from walk_packages(path, info.name + '.', onerror)


def iter_modules(path=None, prefix=''):
    """Yields ModuleInfo for all submodules on path, or, if path is None, all
    top-level modules on sys.path."""
    if path is None:
        importers = iter_importers()
    elif isinstance(path, str):
        raise ValueError("path must be None or list of paths to "
                         "look for modules in")
    else:
        importers = map(get_importer, path)

    yielded = {}
    for i in importers:
        for name, ispkg in iter_importer_modules(i, prefix):
            if name not in yielded:
                yielded[name] = 1
                yield ModuleInfo(i, name, ispkg)


def _embedded_listing(dirpath):
    rel = dirpath[len(_EMBED_ROOT):].strip('/')
    prefix = rel + '/' if rel else ''
    entries = {}
    for n in _imp.embedded_names():
        if not n.startswith(prefix):
            continue
        rest = n[len(prefix):]
        head, sep, tail = rest.partition('/')
        if sep:
            if tail == '__init__.py':
                entries[head] = True
            else:
                entries.setdefault(head, None)
        else:
            entries[head] = False
    return entries


def iter_importer_modules(importer, prefix=''):
    if hasattr(importer, 'iter_modules'):
        return importer.iter_modules(prefix)
    if isinstance(importer, importlib.machinery.FileFinder):
        return _iter_file_finder_modules(importer, prefix)
    return []


def _iter_file_finder_modules(importer, prefix=''):
    path = importer.path
    if path == _EMBED_ROOT or path.startswith(_EMBED_ROOT + '/'):
        listing = _embedded_listing(path)
        yielded = {}
        for fn in sorted(listing):
            kind = listing[fn]
            if kind is None:
                continue
            if kind:
                modname = fn
                ispkg = True
            else:
                modname, ext = os.path.splitext(fn)
                if ext != '.py' or modname == '__init__':
                    continue
                ispkg = False
            if modname and '.' not in modname and modname not in yielded:
                yielded[modname] = 1
                yield prefix + modname, ispkg
        return

    if not path or not os.path.isdir(path):
        return

    yielded = {}
    try:
        filenames = os.listdir(path)
    except OSError:
        filenames = []
    filenames.sort()

    for fn in filenames:
        modname = _getmodulename(fn)
        if modname == '__init__' or modname in yielded:
            continue

        path_fn = os.path.join(path, fn)
        ispkg = False

        if not modname and os.path.isdir(path_fn) and '.' not in fn:
            modname = fn
            try:
                dircontents = os.listdir(path_fn)
            except OSError:
                dircontents = []
            for fn in dircontents:
                subname = _getmodulename(fn)
                if subname == '__init__':
                    ispkg = True
                    break
            else:
                continue

        if modname and '.' not in modname:
            yielded[modname] = 1
            yield prefix + modname, ispkg


def _getmodulename(path):
    fname = os.path.basename(path)
    for suffix in sorted(importlib.machinery.all_suffixes(), key=len, reverse=True):
        if fname.endswith(suffix):
            return fname[:-len(suffix)]
    return None


def get_importer(path_item):
    """Retrieve a finder for the given path item."""
    try:
        path_item = os.fsdecode(path_item)
    except TypeError:
        pass
    cache = getattr(sys, 'path_importer_cache', None)
    if cache is not None:
        try:
            return cache[path_item]
        except KeyError:
            pass
    importer = None
    for path_hook in getattr(sys, 'path_hooks', None) or []:
        try:
            importer = path_hook(path_item)
            break
        except ImportError:
            pass
    else:
        p = path_item or os.getcwd() if path_item == '' else path_item
        if p == _EMBED_ROOT or p.startswith(_EMBED_ROOT + '/') or os.path.isdir(p):
            importer = importlib.machinery.FileFinder(path_item)
        else:
            importer = None
    if cache is not None:
        cache.setdefault(path_item, importer)
    return importer


def iter_importers(fullname=""):
    """Yield finders for the given module name."""
    if fullname.startswith('.'):
        msg = "Relative module name {!r} not supported".format(fullname)
        raise ImportError(msg)
    if '.' in fullname:
        pkg_name = fullname.rpartition(".")[0]
        pkg = importlib.import_module(pkg_name)
        path = getattr(pkg, '__path__', None)
        if path is None:
            return
    else:
        yield from getattr(sys, 'meta_path', None) or []
        path = sys.path
    for item in path:
        importer = get_importer(item)
        if importer is not None:
            yield importer


def get_loader(module_or_name):
    """Get a "loader" object for module_or_name."""
    if module_or_name in sys.modules:
        module_or_name = sys.modules[module_or_name]
        if module_or_name is None:
            return None
    if isinstance(module_or_name, type(sys)):
        module = module_or_name
        loader = getattr(module, '__loader__', None)
        if loader is not None:
            return loader
        if getattr(module, '__spec__', None) is None:
            return None
        fullname = module.__name__
    else:
        fullname = module_or_name
    return find_loader(fullname)


def find_loader(fullname):
    """Find a "loader" object for fullname."""
    if fullname.startswith('.'):
        msg = "Relative module name {!r} not supported".format(fullname)
        raise ImportError(msg)
    try:
        spec = importlib.util.find_spec(fullname)
    except (ImportError, AttributeError, TypeError, ValueError) as ex:
        msg = "Error while finding loader for {!r} ({}: {})"
        raise ImportError(msg.format(fullname, type(ex), ex)) from ex
    return spec.loader if spec is not None else None


def extend_path(path, name):
    """Extend a package's path."""
    if not isinstance(path, list):
        return path

    sname_pkg = name + ".pkg"
    path = path[:]
    parent_package, _, final_name = name.rpartition('.')
    if parent_package:
        try:
            search_path = sys.modules[parent_package].__path__
        except (KeyError, AttributeError):
            return path
    else:
        search_path = sys.path

    for dir in search_path:
        if not isinstance(dir, str):
            continue
        subdir = os.path.join(dir, final_name)
        if os.path.isdir(subdir) and subdir not in path:
            path.append(subdir)
        pkgfile = os.path.join(dir, sname_pkg)
        if os.path.isfile(pkgfile):
            try:
                f = open(pkgfile)
            except OSError as msg:
                sys.stderr.write("Can't open %s: %s\n" % (pkgfile, msg))
            else:
                with f:
                    for line in f:
                        line = line.rstrip('\n')
                        if not line or line.startswith('#'):
                            continue
                        path.append(line)
    return path


def get_data(package, resource):
    """Get a resource from a package."""
    spec = importlib.util.find_spec(package)
    if spec is None:
        return None
    loader = spec.loader
    if loader is None or not hasattr(loader, 'get_data'):
        return None
    mod = sys.modules.get(package) or importlib.import_module(package)
    if mod is None or not hasattr(mod, '__file__'):
        return None

    parts = resource.split('/')
    parts.insert(0, os.path.dirname(mod.__file__))
    resource_name = os.path.join(*parts)
    return loader.get_data(resource_name)


def _dotted_ok(s):
    if not s:
        return False
    for w in s.split('.'):
        if not w or w[0].isdigit() or not all(c == '_' or c.isalnum() for c in w):
            return False
    return True


def _match_name(name):
    pkg, cln, obj = name.partition(':')
    if not _dotted_ok(pkg):
        return None
    if cln and obj and not _dotted_ok(obj):
        return None
    return {'pkg': pkg, 'cln': cln or None, 'obj': obj or None}


def resolve_name(name):
    """Resolve a name to an object."""
    gd = _match_name(name)
    if gd is None:
        raise ValueError(f'invalid format: {name!r}')
    if gd.get('cln'):
        mod = importlib.import_module(gd['pkg'])
        parts = gd.get('obj')
        parts = parts.split('.') if parts else []
    else:
        parts = name.split('.')
        modname = parts.pop(0)
        mod = importlib.import_module(modname)
        while parts:
            p = parts[0]
            s = f'{modname}.{p}'
            try:
                mod = importlib.import_module(s)
                parts.pop(0)
                modname = s
            except ImportError:
                break
    result = mod
    for p in parts:
        result = getattr(result, p)
    return result
