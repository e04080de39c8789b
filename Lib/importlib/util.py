"""Utility code for constructing importers, etc."""

import sys
import _imp
from importlib.machinery import (ModuleSpec, BuiltinImporter, SourceFileLoader,
                                 SOURCE_SUFFIXES, BYTECODE_SUFFIXES)

MAGIC_NUMBER = (3495).to_bytes(2, 'little') + b'\r\n'

_POPULATE = object()


def source_hash(source_bytes):
    "Return the hash of *source_bytes* as used in hash-based pyc files."
    h = 0
    for b in source_bytes:
        h = (h * 1000003 ^ b) & 0xFFFFFFFFFFFFFFFF
    return h.to_bytes(8, 'little')


def decode_source(source_bytes):
    """Decode bytes representing source code and return the string."""
    import io
    import codecs
    text = source_bytes.decode('utf-8') if isinstance(source_bytes, (bytes, bytearray)) else source_bytes
    return text.replace('\r\n', '\n').replace('\r', '\n')


def cache_from_source(path, debug_override=None, *, optimization=None):
    import os
    head, tail = os.path.split(path)
    base, sep, rest = tail.rpartition('.')
    tag = getattr(sys.implementation, 'cache_tag', None) or 'cpython-311'
    if tag is None:
        raise NotImplementedError('sys.implementation.cache_tag is None')
    almost = ''.join([(base if base else rest), '.', tag])
    if optimization is None:
        optimization = sys.flags.optimize or ''
    optimization = str(optimization)
    if optimization != '':
        if not optimization.isalnum():
            raise ValueError('{!r} is not alphanumeric'.format(optimization))
        almost = '{}.{}{}'.format(almost, 'opt-', optimization)
    filename = almost + BYTECODE_SUFFIXES[0]
    return os.path.join(head, '__pycache__', filename)


def source_from_cache(path):
    import os
    head, pycache_filename = os.path.split(path)
    head, pycache = os.path.split(head)
    if pycache != '__pycache__':
        raise ValueError('{} not bottom-level directory in {!r}'.format('__pycache__', path))
    dot_count = pycache_filename.count('.')
    if dot_count not in {2, 3}:
        raise ValueError('expected only 2 or 3 dots in {!r}'.format(pycache_filename))
    base_filename = pycache_filename.partition('.')[0]
    return os.path.join(head, base_filename + SOURCE_SUFFIXES[0])


def resolve_name(name, package):
    """Resolve a relative module name to an absolute one."""
    if not name.startswith('.'):
        return name
    elif not package:
        raise ImportError(f'no package specified for {repr(name)} '
                          '(required for relative module names)')
    level = 0
    for character in name:
        if character != '.':
            break
        level += 1
    return _resolve_name(name[level:], package, level)


def _resolve_name(name, package, level):
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = bits[0]
    return '{}.{}'.format(base, name) if name else base


def _fix_spec(spec):
    if spec is None:
        return None
    if spec.origin == 'built-in' or (spec.origin is None and _imp.is_builtin(spec.name)):
        spec.loader = BuiltinImporter
        spec.origin = 'built-in'
    elif spec.origin is not None and spec.origin.endswith('.py'):
        spec.loader = SourceFileLoader(spec.name, spec.origin)
        spec.has_location = True
    return spec


def _find_spec(fullname, path=None):
    for finder in getattr(sys, 'meta_path', None) or []:
        find = getattr(finder, 'find_spec', None)
        if find is None:
            continue
        spec = find(fullname, path)
        if spec is not None:
            return spec
    return _fix_spec(_imp.find_spec(fullname))


def find_spec(name, package=None):
    """Return the spec for the specified module."""
    fullname = resolve_name(name, package) if name.startswith('.') else name
    if fullname not in sys.modules:
        parent_name = fullname.rpartition('.')[0]
        if parent_name:
            parent = __import__(parent_name, fromlist=['__path__'])
            try:
                parent_path = parent.__path__
            except AttributeError as e:
                raise ModuleNotFoundError(
                    f"__path__ attribute not found on {parent_name!r} "
                    f"while trying to find {fullname!r}", name=fullname) from e
        else:
            parent_path = None
        return _find_spec(fullname, parent_path)
    else:
        module = sys.modules[fullname]
        if module is None:
            return None
        try:
            spec = module.__spec__
        except AttributeError:
            raise ValueError('{}.__spec__ is not set'.format(name)) from None
        else:
            if spec is None:
                raise ValueError('{}.__spec__ is None'.format(name))
            if type(spec.loader).__name__ == 'PyriteLoader':
                _fix_spec(spec)
                try:
                    module.__loader__ = spec.loader
                except (AttributeError, TypeError):
                    pass
            return spec


def spec_from_loader(name, loader, *, origin=None, is_package=None):
    """Return a module spec based on various loader methods."""
    if origin is None:
        origin = getattr(loader, '_ORIGIN', None)
    if not origin and hasattr(loader, 'get_filename'):
        if is_package is None:
            return spec_from_file_location(name, loader=loader)
        search = [] if is_package else None
        return spec_from_file_location(name, loader=loader,
                                       submodule_search_locations=search)
    if is_package is None:
        if hasattr(loader, 'is_package'):
            try:
                is_package = loader.is_package(name)
            except ImportError:
                is_package = None
        else:
            is_package = False
    return ModuleSpec(name, loader, origin=origin, is_package=is_package)


def spec_from_file_location(name, location=None, *, loader=None,
                            submodule_search_locations=_POPULATE):
    """Return a module spec based on a file location."""
    import os
    if location is None:
        location = '<unknown>'
        if hasattr(loader, 'get_filename'):
            try:
                location = loader.get_filename(name)
            except ImportError:
                pass
    else:
        location = os.fspath(location)
    spec = ModuleSpec(name, loader, origin=location)
    spec._set_fileattr = True
    spec.has_location = True
    if loader is None:
        for suffix in SOURCE_SUFFIXES:
            if location.endswith(suffix):
                loader = SourceFileLoader(name, location)
                spec.loader = loader
                break
        else:
            return None
    if submodule_search_locations is _POPULATE:
        if hasattr(loader, 'is_package'):
            try:
                is_package = loader.is_package(name)
            except ImportError:
                pass
            else:
                if is_package:
                    spec.submodule_search_locations = []
    else:
        spec.submodule_search_locations = submodule_search_locations
    if spec.submodule_search_locations == []:
        if location:
            dirname = os.path.split(location)[0]
            spec.submodule_search_locations.append(dirname)
    return spec


def module_from_spec(spec):
    """Create a module based on the provided spec."""
    module = None
    if hasattr(spec.loader, 'create_module'):
        module = spec.loader.create_module(spec)
    elif hasattr(spec.loader, 'exec_module'):
        raise ImportError('loaders that define exec_module() must also define create_module()')
    if module is None:
        module = type(sys)(spec.name)
    _init_module_attrs(spec, module)
    return module


def _init_module_attrs(spec, module, override=False):
    def setattr_if(name, value):
        if override or getattr(module, name, None) is None:
            try:
                setattr(module, name, value)
            except AttributeError:
                pass
    setattr_if('__name__', spec.name)
    setattr_if('__loader__', spec.loader)
    try:
        module.__package__ = spec.parent
    except AttributeError:
        pass
    try:
        module.__spec__ = spec
    except AttributeError:
        pass
    if spec.submodule_search_locations is not None:
        setattr_if('__path__', spec.submodule_search_locations)
    if getattr(spec, 'has_location', False) and spec.origin is not None:
        setattr_if('__file__', spec.origin)
        if getattr(spec, 'cached', None) is not None:
            setattr_if('__cached__', spec.cached)
    return module


class _LazyModule(type(sys)):
    """A subclass of the module type which triggers loading upon attribute access."""

    def __getattribute__(self, attr):
        object.__setattr__(self, '__class__', type(sys))
        spec = object.__getattribute__(self, '__spec__')
        spec.loader.exec_module(self)
        return getattr(self, attr)

    def __delattr__(self, attr):
        self.__getattribute__('__name__')
        delattr(self, attr)


class LazyLoader:
    """A loader that creates a module which defers loading until attribute access."""

    @staticmethod
    def __check_eager_loader(loader):
        if not hasattr(loader, 'exec_module'):
            raise TypeError('loader must define exec_module()')

    @classmethod
    def factory(cls, loader):
        cls.__check_eager_loader(loader)
        return lambda *args, **kwargs: cls(loader(*args, **kwargs))

    def __init__(self, loader):
        self.__check_eager_loader(loader)
        self.loader = loader

    def create_module(self, spec):
        return self.loader.create_module(spec)

    def exec_module(self, module):
        module.__spec__.loader = self.loader
        module.__loader__ = self.loader
        try:
            module.__class__ = _LazyModule
        except TypeError:
            self.loader.exec_module(module)
