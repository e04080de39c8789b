"""The machinery of importlib: finders, loaders, and related objects."""

import sys as _sys
import _imp

ModuleSpec = _sys.__spec__.__class__

SOURCE_SUFFIXES = ['.py']
DEBUG_BYTECODE_SUFFIXES = ['.pyc']
OPTIMIZED_BYTECODE_SUFFIXES = ['.pyc']
BYTECODE_SUFFIXES = ['.pyc']
EXTENSION_SUFFIXES = []

_EMBED_ROOT = '/@pyrite/Lib'


def all_suffixes():
    """Returns a list of all recognized module suffixes for this process"""
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES


def _embedded_set():
    return set(_imp.embedded_names())


def _path_exists_file(path):
    if path.startswith(_EMBED_ROOT + '/'):
        return path[len(_EMBED_ROOT) + 1:] in _embedded_set()
    import os
    return os.path.isfile(path)


def _path_is_dir(path):
    if path == _EMBED_ROOT or path.startswith(_EMBED_ROOT + '/'):
        rel = path[len(_EMBED_ROOT) + 1:]
        if not rel:
            return True
        prefix = rel.rstrip('/') + '/'
        return any(n.startswith(prefix) for n in _embedded_set())
    import os
    return os.path.isdir(path)


def _read_bytes(path):
    if path.startswith(_EMBED_ROOT + '/'):
        src = _imp._get_source(path)
        if src is None:
            raise FileNotFoundError(2, 'No such file or directory', path)
        return src.encode('utf-8')
    with open(path, 'rb') as f:
        return f.read()


class BuiltinImporter:
    """Meta path import for built-in modules."""

    _ORIGIN = 'built-in'

    @staticmethod
    def find_spec(fullname, path=None, target=None):
        if path is not None:
            return None
        if _imp.is_builtin(fullname):
            return ModuleSpec(fullname, BuiltinImporter, origin='built-in')
        return None

    @staticmethod
    def find_module(fullname, path=None):
        spec = BuiltinImporter.find_spec(fullname, path)
        return spec.loader if spec is not None else None

    @staticmethod
    def create_module(spec):
        if not _imp.is_builtin(spec.name):
            raise ImportError('{!r} is not a built-in module'.format(spec.name),
                              name=spec.name)
        if spec.name in _sys.modules:
            return _sys.modules[spec.name]
        return __import__(spec.name)

    @staticmethod
    def exec_module(module):
        pass

    @classmethod
    def get_code(cls, fullname):
        return None

    @classmethod
    def get_source(cls, fullname):
        return None

    @classmethod
    def is_package(cls, fullname):
        return False

    @classmethod
    def load_module(cls, fullname):
        if fullname in _sys.modules:
            return _sys.modules[fullname]
        return __import__(fullname)

    @staticmethod
    def invalidate_caches():
        pass


BuiltinImporter.__module__ = '_frozen_importlib'


class FrozenImporter:
    """Meta path import for frozen modules."""

    _ORIGIN = 'frozen'

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        return None

    @classmethod
    def find_module(cls, fullname, path=None):
        return None

    @staticmethod
    def create_module(spec):
        return None

    @staticmethod
    def exec_module(module):
        pass

    @classmethod
    def get_code(cls, fullname):
        return None

    @classmethod
    def get_source(cls, fullname):
        return None

    @classmethod
    def is_package(cls, fullname):
        return False


FrozenImporter.__module__ = '_frozen_importlib'


class FileLoader:
    """Base file loader class which implements the loader protocol methods that
    require file system usage."""

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def __eq__(self, other):
        return (self.__class__ == other.__class__ and
                self.__dict__ == other.__dict__)

    def __hash__(self):
        return hash(self.name) ^ hash(self.path)

    def get_filename(self, name=None):
        self._check_name(name)
        return self.path

    def _check_name(self, name):
        if name is not None and name != self.name:
            raise ImportError('loader for %s cannot handle %s' % (self.name, name),
                              name=name)

    def get_data(self, path):
        return _read_bytes(path)

    def is_package(self, fullname):
        import os
        filename = os.path.basename(self.get_filename(fullname))
        return filename.rpartition('.')[0] == '__init__'

    def create_module(self, spec):
        return None

    def load_module(self, fullname=None):
        if fullname is None:
            fullname = self.name
        from importlib.util import spec_from_file_location, module_from_spec
        spec = spec_from_file_location(fullname, self.path, loader=self)
        if fullname in _sys.modules:
            module = _sys.modules[fullname]
        else:
            module = module_from_spec(spec)
            _sys.modules[fullname] = module
        try:
            self.exec_module(module)
        except BaseException:
            _sys.modules.pop(fullname, None)
            raise
        return _sys.modules[fullname]

    def get_resource_reader(self, name=None):
        return None


class SourceLoader:
    def path_stats(self, path):
        import os
        st = os.stat(path)
        return {'mtime': st.st_mtime, 'size': st.st_size}

    def path_mtime(self, path):
        return self.path_stats(path)['mtime']

    def set_data(self, path, data):
        pass

    def get_source(self, fullname):
        path = self.get_filename(fullname)
        try:
            data = self.get_data(path)
        except OSError as exc:
            raise ImportError('source not available through get_data()',
                              name=fullname) from exc
        from importlib.util import decode_source
        return decode_source(data)

    def source_to_code(self, data, path):
        if isinstance(data, bytes):
            from importlib.util import decode_source
            data = decode_source(data)
        return compile(data, path, 'exec', dont_inherit=True)

    def get_code(self, fullname):
        path = self.get_filename(fullname)
        return self.source_to_code(self.get_data(path), path)

    def exec_module(self, module):
        path = self.get_filename(module.__name__)
        source = self.get_source(module.__name__)
        _imp.exec_source(module, path, source)


class SourceFileLoader(FileLoader, SourceLoader):
    """Concrete implementation of SourceLoader using the file system."""

    def __init__(self, fullname, path):
        FileLoader.__init__(self, fullname, path)

    def set_data(self, path, data, *, _mode=0o666):
        with open(path, 'wb') as f:
            f.write(data)


class SourcelessFileLoader(FileLoader):
    def get_code(self, fullname):
        raise ImportError('bytecode files are not supported', name=fullname)

    def get_source(self, fullname):
        return None

    def exec_module(self, module):
        raise ImportError('bytecode files are not supported', name=module.__name__)


class ExtensionFileLoader(FileLoader):
    def get_code(self, fullname):
        return None

    def get_source(self, fullname):
        return None

    def exec_module(self, module):
        raise ImportError('extension modules are not supported', name=module.__name__)


class NamespaceLoader:
    def __init__(self, name, path, path_finder=None):
        self._path = path

    def is_package(self, fullname):
        return True

    def get_source(self, fullname):
        return ''

    def get_code(self, fullname):
        return compile('', '<string>', 'exec', dont_inherit=True)

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        pass


class FileFinder:
    """File-based finder."""

    def __init__(self, path, *loader_details):
        import os
        self.path = path or '.'
        if not os.path.isabs(self.path) and not self.path.startswith(_EMBED_ROOT):
            self.path = os.path.join(os.getcwd(), self.path)
        self._loaders = []
        for loader, suffixes in loader_details:
            self._loaders.extend((suffix, loader) for suffix in suffixes)
        if not self._loaders:
            self._loaders = [(s, SourceFileLoader) for s in SOURCE_SUFFIXES]

    def __repr__(self):
        return 'FileFinder({!r})'.format(self.path)

    def invalidate_caches(self):
        pass

    def find_spec(self, fullname, target=None):
        from importlib.util import spec_from_file_location
        tail = fullname.rpartition('.')[2]
        base = self.path.rstrip('/') + '/' + tail
        if _path_is_dir(base):
            for suffix, loader_class in self._loaders:
                init = base + '/__init__' + suffix
                if _path_exists_file(init):
                    return spec_from_file_location(
                        fullname, init, loader=loader_class(fullname, init),
                        submodule_search_locations=[base])
        for suffix, loader_class in self._loaders:
            full = base + suffix
            if _path_exists_file(full):
                return spec_from_file_location(fullname, full,
                                               loader=loader_class(fullname, full))
        if _path_is_dir(base):
            spec = ModuleSpec(fullname, None)
            spec.submodule_search_locations = [base]
            return spec
        return None

    @classmethod
    def path_hook(cls, *loader_details):
        def path_hook_for_FileFinder(path):
            if not _path_is_dir(path):
                raise ImportError('only directories are supported', path=path)
            return cls(path, *loader_details)
        return path_hook_for_FileFinder


class PathFinder:
    """Meta path finder for sys.path and package __path__ attributes."""

    @staticmethod
    def invalidate_caches():
        cache = getattr(_sys, 'path_importer_cache', None)
        if cache:
            for finder in list(cache.values()):
                if hasattr(finder, 'invalidate_caches'):
                    finder.invalidate_caches()

    @classmethod
    def _path_importer_cache(cls, path):
        if path == '':
            import os
            try:
                path = os.getcwd()
            except FileNotFoundError:
                return None
        cache = getattr(_sys, 'path_importer_cache', None)
        if cache is not None and path in cache and cache[path] is not None:
            return cache[path]
        for hook in getattr(_sys, 'path_hooks', None) or []:
            try:
                finder = hook(path)
                break
            except ImportError:
                continue
        else:
            if not _path_is_dir(path):
                return None
            finder = FileFinder(path)
        if cache is not None:
            cache[path] = finder
        return finder

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if path is None:
            path = _sys.path
        namespace = []
        for entry in path:
            if not isinstance(entry, str):
                continue
            finder = cls._path_importer_cache(entry)
            if finder is None:
                continue
            spec = finder.find_spec(fullname, target) if hasattr(finder, 'find_spec') else None
            if spec is None:
                continue
            if spec.loader is not None:
                return spec
            namespace.extend(spec.submodule_search_locations or [])
        if namespace:
            spec = ModuleSpec(fullname, None)
            spec.submodule_search_locations = namespace
            return spec
        return None

    @classmethod
    def find_distributions(cls, *args, **kwargs):
        return iter(())


class WindowsRegistryFinder:
    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        return None
