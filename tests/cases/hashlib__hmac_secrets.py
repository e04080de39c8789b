import hmac, hashlib, secrets
for dm in ['md5', 'sha1', 'sha256', hashlib.sha512, 'sha3_256', 'blake2b']:
    for key in [b'', b'key', b'k' * 200, bytearray(b'ba')]:
        h = hmac.new(key, b'The quick brown fox', dm)
        c = h.copy(); c.update(b' jumps')
        print(h.name, h.digest_size, h.block_size, h.hexdigest(), c.hexdigest(), hmac.digest(key, b'The quick brown fox', dm).hex())
h = hmac.HMAC(b'k', digestmod='sha256'); h.update(b'a'); h.update(b'b'); print(h.hexdigest(), h.digest().hex())
for bad in [lambda: hmac.new('k', b'm', 'md5'), lambda: hmac.new(b'k', b'm'), lambda: hmac.compare_digest('a', b'a'), lambda: hmac.compare_digest('é', 'é'), lambda: hmac.compare_digest(1, 2)]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
print(hmac.compare_digest(b'abc', b'abc'), hmac.compare_digest(b'abc', b'abd'), hmac.compare_digest('ab', 'abc'), hmac.compare_digest(bytearray(b'x'), memoryview(b'x')))
print(len(secrets.token_bytes()), len(secrets.token_bytes(5)), len(secrets.token_hex(7)), len(secrets.token_urlsafe(16)), type(secrets.token_urlsafe()))
print(all(0 <= secrets.randbelow(10) < 10 for _ in range(100)), secrets.choice('aaa'), secrets.randbits(0))
try: secrets.randbelow(0)
except ValueError as e: print(e)
print(secrets.compare_digest(b'a', b'a'), isinstance(secrets.SystemRandom(), secrets.SystemRandom))
for a,b in [(1,2),(1,b'x'),(b'x',1),(b'x','a'),('a',b'x'),('a',1),(1,'a')]:
  try: hmac.compare_digest(a,b)
  except Exception as e: print(a,b,e)
