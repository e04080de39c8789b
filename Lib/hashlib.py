"""hashlib module - A common interface to many hash functions.

new(name, data=b'', **kwargs) - returns a new hash object implementing the
                                given hash function; initializing the hash
                                using the given binary data.

Named constructor functions are also available, these are faster
than using new(name):

md5(), sha1(), sha224(), sha256(), sha384(), sha512(), blake2b(), blake2s(),
sha3_224, sha3_256, sha3_384, sha3_512, shake_128, and shake_256.

(pyrite: the hash objects come from the native module _pyrite_hash.)
"""

import _pyrite_hash

__always_supported = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512',
                      'blake2b', 'blake2s',
                      'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512',
                      'shake_128', 'shake_256')

algorithms_guaranteed = set(__always_supported)
algorithms_available = set(__always_supported) | {'sha512_224', 'sha512_256'}

__all__ = __always_supported + ('new', 'algorithms_guaranteed',
                                'algorithms_available', 'pbkdf2_hmac',
                                'file_digest')

blake2b = _pyrite_hash.blake2b
blake2s = _pyrite_hash.blake2s

_NAMES = {
    'sha-1': 'sha1', 'sha-224': 'sha224', 'sha-256': 'sha256',
    'sha-384': 'sha384', 'sha-512': 'sha512',
    'sha512-224': 'sha512_224', 'sha512-256': 'sha512_256',
    'sha-512/224': 'sha512_224', 'sha-512/256': 'sha512_256',
    'sha3-224': 'sha3_224', 'sha3-256': 'sha3_256', 'sha3-384': 'sha3_384',
    'sha3-512': 'sha3_512', 'shake128': 'shake_128', 'shake256': 'shake_256',
    'blake2b512': 'blake2b', 'blake2s256': 'blake2s',
}


class UnsupportedDigestmodError(ValueError):
    pass


UnsupportedDigestmodError.__module__ = '_hashlib'


def _make_constructor(name):
    _new = _pyrite_hash.new

    def constructor(string=b'', *, usedforsecurity=True):
        return _new(name, string)
    constructor.__name__ = 'openssl_' + name
    constructor.__qualname__ = 'openssl_' + name
    constructor.__doc__ = 'Returns a %s hash object; optionally initialized with a string' % name
    return constructor


md5 = _make_constructor('md5')
sha1 = _make_constructor('sha1')
sha224 = _make_constructor('sha224')
sha256 = _make_constructor('sha256')
sha384 = _make_constructor('sha384')
sha512 = _make_constructor('sha512')
sha3_224 = _make_constructor('sha3_224')
sha3_256 = _make_constructor('sha3_256')
sha3_384 = _make_constructor('sha3_384')
sha3_512 = _make_constructor('sha3_512')
shake_128 = _make_constructor('shake_128')
shake_256 = _make_constructor('shake_256')


def new(name, data=b'', **kwargs):
    """new(name, data=b'') - Return a new hashing object using the named algorithm;
    optionally initialized with data (which must be a bytes-like object).
    """
    if not isinstance(name, str):
        raise TypeError(f"new() argument 'name' must be str, not {type(name).__name__}")
    key = name.lower()
    key = _NAMES.get(key, key)
    if key == 'blake2b':
        return blake2b(data, **kwargs)
    if key == 'blake2s':
        return blake2s(data, **kwargs)
    kwargs.pop('usedforsecurity', None)
    if kwargs:
        raise TypeError(f"new() got an unexpected keyword argument "
                        f"'{next(iter(kwargs))}'")
    try:
        return _pyrite_hash.new(key, data)
    except ValueError:
        raise ValueError('unsupported hash type ' + name) from None


def pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None):
    """Password based key derivation function 2 (PKCS #5 v2.0) with HMAC as
    pseudorandom function."""
    if isinstance(hash_name, str):
        key = hash_name.lower()
        key = _NAMES.get(key, key)
    else:
        key = hash_name
    try:
        return _pyrite_hash.pbkdf2_hmac(key, password, salt, iterations, dklen)
    except ValueError as e:
        if str(e).startswith('unsupported hash type'):
            raise UnsupportedDigestmodError(
                '[digital envelope routines] unsupported') from None
        raise


def file_digest(fileobj, digest, /, *, _bufsize=2**18):
    """Hash the contents of a file-like object. Returns a digest object.

    *fileobj* must be a file-like object opened for reading in binary mode.
    It accepts file objects from open(), io.BytesIO(), and SocketIO objects.
    The function may bypass Python's I/O and use the file descriptor *fileno*
    directly.

    *digest* must either be a hash algorithm name as a *str*, a hash
    constructor, or a callable that returns a hash object.
    """
    if isinstance(digest, str):
        digestobj = new(digest)
    else:
        digestobj = digest()

    if hasattr(fileobj, "getbuffer"):
        # io.BytesIO object, use zero-copy buffer
        digestobj.update(fileobj.getbuffer())
        return digestobj

    # Only binary files implement readinto().
    if not (
        hasattr(fileobj, "readinto")
        and hasattr(fileobj, "readable")
        and fileobj.readable()
    ):
        raise ValueError(
            f"'{fileobj!r}' is not a file-like object in binary reading mode."
        )

    while True:
        data = fileobj.read(_bufsize)
        if not data:
            break
        digestobj.update(data)

    return digestobj
