"""Read resources contained within a package."""

import io
import os
import sys
import contextlib
import types

from importlib.machinery import _path_exists_file, _path_is_dir, _read_bytes, _EMBED_ROOT
import _imp

__all__ = [
    'Package', 'Resource', 'ResourceReader', 'as_file', 'contents', 'files',
    'is_resource', 'open_binary', 'open_text', 'path', 'read_binary',
    'read_text',
]

Package = types.ModuleType
Resource = str


class ResourceReader:
    """Abstract base class for loaders to provide resource reading support."""

    def open_resource(self, resource):
        raise FileNotFoundError

    def resource_path(self, resource):
        raise FileNotFoundError

    def is_resource(self, path):
        raise FileNotFoundError

    def contents(self):
        raise FileNotFoundError


class Traversable:
    """A path-like object for a file or directory inside a package."""

    def __init__(self, path):
        self._path = path

    def __repr__(self):
        return '{}({!r})'.format(type(self).__name__, self._path)

    def __str__(self):
        return self._path

    def __fspath__(self):
        return self._path

    def __eq__(self, other):
        if not isinstance(other, Traversable):
            return NotImplemented
        return self._path == other._path

    def __hash__(self):
        return hash(self._path)

    @property
    def name(self):
        return os.path.basename(self._path)

    def joinpath(self, *descendants):
        path = self._path
        for d in descendants:
            for part in str(d).split('/'):
                if part:
                    path = path.rstrip('/') + '/' + part
        return type(self)(path)

    def __truediv__(self, child):
        return self.joinpath(child)

    def is_dir(self):
        return _path_is_dir(self._path)

    def is_file(self):
        return _path_exists_file(self._path)

    def exists(self):
        return self.is_dir() or self.is_file()

    def iterdir(self):
        if self._path.startswith(_EMBED_ROOT):
            rel = self._path[len(_EMBED_ROOT):].strip('/')
            prefix = rel + '/' if rel else ''
            names = set()
            for n in _imp.embedded_names():
                if n.startswith(prefix):
                    names.add(n[len(prefix):].split('/')[0])
            for name in sorted(names):
                yield self.joinpath(name)
            return
        for name in sorted(os.listdir(self._path)):
            yield self.joinpath(name)

    def read_bytes(self):
        return _read_bytes(self._path)

    def read_text(self, encoding=None, errors=None):
        data = self.read_bytes()
        return data.decode(encoding or 'utf-8', errors or 'strict')

    def open(self, mode='r', *args, **kwargs):
        if self._path.startswith(_EMBED_ROOT):
            if 'w' in mode or 'a' in mode or '+' in mode:
                raise OSError('read-only resource: %r' % self._path)
            data = self.read_bytes()
            if 'b' in mode:
                return io.BytesIO(data)
            return io.TextIOWrapper(io.BytesIO(data), *args, **kwargs)
        return open(self._path, mode, *args, **kwargs)


def _resolve(package):
    if isinstance(package, str):
        import importlib
        return importlib.import_module(package)
    return package


def _get_package(package):
    module = _resolve(package)
    spec = getattr(module, '__spec__', None)
    if spec is None or spec.submodule_search_locations is None:
        if not hasattr(module, '__path__'):
            raise TypeError('{!r} is not a package'.format(getattr(module, '__name__', package)))
    return module


def files(package):
    """Get a Traversable resource from a package."""
    module = _resolve(package)
    paths = getattr(module, '__path__', None)
    if paths:
        return Traversable(list(paths)[0])
    filename = getattr(module, '__file__', None)
    if filename is None:
        raise TypeError('{!r} has no location'.format(module.__name__))
    return Traversable(os.path.dirname(filename))


def _common(package, resource):
    if os.path.basename(resource) != resource:
        raise ValueError(f'{resource!r} must be only a file name')
    return files(_get_package(package)).joinpath(resource)


def _deprecated(func):
    import functools

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        import warnings
        warnings.warn(
            f"{func.__name__} is deprecated. Use files() instead. "
            "Refer to https://importlib-resources.readthedocs.io"
            "/en/latest/using.html#migrating-from-legacy for migration advice.",
            DeprecationWarning,
            stacklevel=2,
        )
        return func(*args, **kwargs)
    return wrapper


@_deprecated
def open_binary(package, resource):
    """Return a file-like object opened for binary reading of the resource."""
    return _common(package, resource).open('rb')


@_deprecated
def read_binary(package, resource):
    """Return the binary contents of the resource."""
    return _common(package, resource).read_bytes()


@_deprecated
def open_text(package, resource, encoding='utf-8', errors='strict'):
    """Return a file-like object opened for text reading of the resource."""
    return _common(package, resource).open('r', encoding=encoding, errors=errors)


@_deprecated
def read_text(package, resource, encoding='utf-8', errors='strict'):
    """Return the decoded string of the resource."""
    with open_text(package, resource, encoding, errors) as fp:
        return fp.read()


@_deprecated
def contents(package):
    """Return an iterable of entries in `package`."""
    return [path.name for path in files(_get_package(package)).iterdir()]


@_deprecated
def is_resource(package, name):
    """True if `name` is a resource inside `package`."""
    resource = name
    return any(
        traversable.name == resource and traversable.is_file()
        for traversable in files(_get_package(package)).iterdir()
    )


@contextlib.contextmanager
def as_file(path):
    """Given a Traversable object, return that object as a path on the local
    file system in a context manager."""
    p = os.fspath(path)
    if not p.startswith(_EMBED_ROOT):
        yield p
        return
    import tempfile
    fd, raw_path = tempfile.mkstemp(suffix='-' + os.path.basename(p))
    try:
        with os.fdopen(fd, 'wb') as f:
            f.write(path.read_bytes())
        yield raw_path
    finally:
        try:
            os.remove(raw_path)
        except FileNotFoundError:
            pass


@_deprecated
def path(package, resource):
    """A context manager providing a file path object to the resource."""
    return as_file(_common(package, resource))
