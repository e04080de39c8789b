"""A pure Python implementation of import."""
__all__ = ['__import__', 'import_module', 'invalidate_caches', 'reload']

import sys
import _imp

__import__ = __import__


def invalidate_caches():
    """Call the invalidate_caches() method on all meta path finders stored in
    sys.meta_path (where implemented)."""
    for finder in getattr(sys, 'meta_path', None) or []:
        if hasattr(finder, 'invalidate_caches'):
            finder.invalidate_caches()


def _resolve_name(name, package, level):
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = bits[0]
    return '{}.{}'.format(base, name) if name else base


def import_module(name, package=None):
    """Import a module.

    The 'package' argument is required when performing a relative import. It
    specifies the package to use as the anchor point from which to resolve the
    relative import to an absolute import.

    """
    level = 0
    if name.startswith('.'):
        if not package:
            raise TypeError("the 'package' argument is required to perform a "
                            f"relative import for {name!r}")
        for character in name:
            if character != '.':
                break
            level += 1
    if not isinstance(name, str):
        raise TypeError('module name must be str, not {}'.format(type(name)))
    if level < 0:
        raise ValueError('level must be >= 0')
    if level > 0:
        if not isinstance(package, str):
            raise TypeError('__package__ not set to a string')
        name = _resolve_name(name[level:], package, level)
    if not name and level == 0:
        raise ValueError('Empty module name')
    if name in sys.modules:
        module = sys.modules[name]
        if module is None:
            raise ModuleNotFoundError('import of {} halted; None in sys.modules'.format(name),
                                      name=name)
        return module
    __import__(name)
    return sys.modules[name]


_RELOADING = {}


def reload(module):
    """Reload the module and return it.

    The module must have been successfully imported before.

    """
    try:
        name = module.__spec__.name
    except AttributeError:
        try:
            name = module.__name__
        except AttributeError:
            raise TypeError('reload() argument must be a module')
    if not isinstance(module, type(sys)):
        raise TypeError('reload() argument must be a module')
    if sys.modules.get(name) is not module:
        raise ImportError(f'module {name} not in sys.modules', name=name)
    if name in _RELOADING:
        return _RELOADING[name]
    _RELOADING[name] = module
    try:
        parent_name = name.rpartition('.')[0]
        if parent_name and parent_name not in sys.modules:
            raise ImportError(f'parent {parent_name!r} not in sys.modules',
                              name=parent_name)
        spec = getattr(module, '__spec__', None)
        loader = getattr(spec, 'loader', None)
        origin = getattr(spec, 'origin', None) or getattr(module, '__file__', None)
        if origin == 'built-in' or _imp.is_builtin(name):
            return module
        if loader is not None and hasattr(loader, 'exec_module') and \
                type(loader).__name__ != 'PyriteLoader':
            loader.exec_module(module)
        else:
            if origin is None:
                raise ModuleNotFoundError(f'spec not found for the module {name!r}', name=name)
            source = _imp._get_source(origin)
            if source is None:
                raise ModuleNotFoundError(f'spec not found for the module {name!r}', name=name)
            _imp.exec_source(module, origin, source)
        return sys.modules[name]
    finally:
        try:
            del _RELOADING[name]
        except KeyError:
            pass
