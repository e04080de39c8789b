import hashlib
names = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512', 'blake2b', 'blake2s']
msgs = [b'', b'abc', b'a' * 1000, bytes(range(256)) * 9, bytearray(b'xyz'), memoryview(b'mem')]
for n in names:
    for m in msgs:
        h = hashlib.new(n, m)
        print(n, h.hexdigest(), h.digest() == bytes.fromhex(h.hexdigest()), h.name, h.digest_size, h.block_size)
    h = getattr(hashlib, n)()
    for m in msgs:
        h.update(m)
    c = h.copy(); c.update(b'more')
    print(n, h.hexdigest(), c.hexdigest(), type(h).__name__, type(h).__module__)
for n in ['shake_128', 'shake_256']:
    h = getattr(hashlib, n)(b'abc')
    print(n, h.hexdigest(10), h.digest(0), h.digest(300).hex(), h.name, h.digest_size, h.block_size, type(h).__name__)
    for bad in [(), (-1,), ('x',)]:
        try: h.digest(*bad)
        except Exception as e: print(type(e).__name__, e)
print(hashlib.new('SHA256', b'x').hexdigest(), hashlib.new('sha512_256').hexdigest(), hashlib.new('sha512_224').hexdigest())
for kw in [dict(digest_size=20), dict(key=b'secret'), dict(salt=b'salty'), dict(person=b'me'), dict(key=b'k' * 64, salt=b's' * 16, person=b'p' * 16, digest_size=33),
           dict(fanout=0, depth=255, leaf_size=2**32 - 1, node_offset=5, node_depth=3, inner_size=64, last_node=True)]:
    b = hashlib.blake2b(b'data', **kw)
    kw2 = dict(kw)
    for k, lim in [('key', 32), ('salt', 8), ('person', 8), ('digest_size', 32), ('inner_size', 32)]:
        if k in kw2:
            v = kw2[k]
            kw2[k] = v[:lim] if isinstance(v, bytes) else min(v, lim)
    s = hashlib.blake2s(b'data', **kw2)
    print(b.hexdigest(), b.digest_size, s.hexdigest(), s.digest_size)
print(hashlib.blake2b(b'x' * 128, key=b'k').hexdigest(), hashlib.blake2s(b'x' * 64, key=b'k').hexdigest(), hashlib.blake2b(b'x' * 129).hexdigest())
print(hashlib.new('blake2b', b'abc', digest_size=16).hexdigest())
print(hashlib.blake2b.SALT_SIZE, hashlib.blake2b.PERSON_SIZE, hashlib.blake2b.MAX_KEY_SIZE, hashlib.blake2b.MAX_DIGEST_SIZE, hashlib.blake2s.SALT_SIZE, hashlib.blake2s.MAX_DIGEST_SIZE)
for f, kw in [(hashlib.blake2b, dict(fanout=256)), (hashlib.blake2s, dict(depth=0)), (hashlib.blake2b, dict(leaf_size=2**32)), (hashlib.blake2b, dict(leaf_size=-1)),
    (hashlib.blake2s, dict(node_offset=2**48)), (hashlib.blake2b, dict(node_depth=256)), (hashlib.blake2s, dict(inner_size=33)), (hashlib.blake2b, dict(digest_size=0)),
    (hashlib.blake2b, dict(key=b'x' * 65)), (hashlib.blake2s, dict(salt=b'x' * 9)), (hashlib.blake2s, dict(person=b'x' * 9)), (hashlib.blake2b, dict(digest_size=65))]:
    try: f(**kw)
    except Exception as e: print(f.__name__, type(e).__name__, e)
for bad in [lambda: hashlib.new('foo'), lambda: hashlib.md5('x'), lambda: hashlib.md5(1), lambda: hashlib.sha1().update('s'), lambda: hashlib.pbkdf2_hmac('foo', b'p', b's', 1),
            lambda: hashlib.pbkdf2_hmac('sha1', b'p', b's', 0), lambda: hashlib.pbkdf2_hmac('sha1', b'p', b's', 1, 0)]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
print(sorted(hashlib.algorithms_guaranteed))
print(hashlib.pbkdf2_hmac('sha256', b'password', b'salt', 1000).hex())
print(hashlib.pbkdf2_hmac('sha1', b'password', b'salt', 2, 50).hex())
print(hashlib.pbkdf2_hmac('sha512', b'p' * 200, b'salt', 3, dklen=10).hex())
print(hashlib.pbkdf2_hmac('md5', bytearray(b'pw'), memoryview(b'salt'), 5).hex())
import io
print(hashlib.file_digest(io.BytesIO(b'hello'), 'sha256').hexdigest())
print(hashlib.file_digest(io.BytesIO(b'hello'), hashlib.md5).hexdigest())
print(repr(hashlib.md5()).split(' object')[0], repr(hashlib.shake_128()).split(' object')[0])
