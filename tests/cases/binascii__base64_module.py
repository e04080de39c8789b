import base64, binascii
data = [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256)), b"\xfb\xff\xfe", b"hello world" * 10]
for d in data:
    print(base64.b64encode(d)[:60], base64.urlsafe_b64encode(d)[:60], base64.b32encode(d)[:60], base64.b32hexencode(d)[:40], base64.b16encode(d)[:40])
    print(base64.a85encode(d)[:60], base64.b85encode(d)[:60], base64.a85encode(d, pad=True)[:30], base64.b85encode(d, pad=True)[:30])
    assert base64.b64decode(base64.b64encode(d)) == d
    assert base64.urlsafe_b64decode(base64.urlsafe_b64encode(d)) == d
    assert base64.b32decode(base64.b32encode(d)) == d
    assert base64.b32hexdecode(base64.b32hexencode(d)) == d
    assert base64.b16decode(base64.b16encode(d)) == d
    assert base64.a85decode(base64.a85encode(d)) == d
    assert base64.b85decode(base64.b85encode(d)) == d
    assert base64.decodebytes(base64.encodebytes(d)) == d
print(base64.encodebytes(bytes(range(100))))
print(base64.b64encode(b"\xfb\xff", altchars=b"-_"), base64.b64decode("-_8=", altchars="-_"), base64.b64decode("YWJj\nZA=="), base64.standard_b64encode(b"x"), base64.standard_b64decode(b"eA=="))
print(base64.a85encode(b"    \0\0\0\0abc", foldspaces=True), base64.a85encode(b"hello world, long text here", wrapcol=10, adobe=True), base64.a85decode(b"<~87cURD]i,\"Ebo80~>", adobe=True))
print(base64.a85decode(b"y z", foldspaces=True), base64.b32decode(b"mzxw6===", casefold=True), base64.b32decode(b"M1XW6===", map01=b"L"), base64.b16decode(b"ab", casefold=True))
def err(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
err(base64.b64decode, b"YWJj!", validate=True)
err(base64.b64decode, b"YWJj====", validate=True)
err(base64.b64decode, b"YWJjZA==", validate=True)
err(base64.b64decode, b"YWJ")
err(base64.b64decode, "\xe9")
err(base64.b64decode, 5)
err(base64.b32decode, b"MZXW6")
err(base64.b32decode, b"MZXW6!==")
err(base64.b32decode, b"MZXW6YQ=====")
err(base64.b16decode, b"ab")
err(base64.b16decode, b"A")
err(base64.a85decode, b"abc~>", adobe=True)
err(base64.a85decode, b"ab{")
err(base64.a85decode, b"abzc")
err(base64.a85decode, b"uuuuu")
err(base64.b85decode, b"ab\x01")
err(base64.b85decode, b"~~~~~")
err(base64.encodebytes, "str")
err(base64.b64encode, "str")
print(base64.b64decode(bytearray(b"YQ==")), base64.b64encode(memoryview(b"mv")), base64.b64decode(memoryview(b"YQ==")))
