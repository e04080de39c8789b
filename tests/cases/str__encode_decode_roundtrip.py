# Encoding every code point class round-trip through utf-8/16/32; error handlers on decode.
samples = ["ascii", "latin: àéîõü", "greek: αβγ", "cjk: 中文字", "emoji: 😀🎉", "mixed: a\u0000b\u007f", "\U0010ffff"]
for s in samples:
    ok = all(s.encode(e).decode(e) == s for e in ["utf-8", "utf-16", "utf-32", "utf-16-le", "utf-32-be"])
    print(repr(s), len(s), len(s.encode("utf-8")), len(s.encode("utf-16-le")), ok)
bad = b"ok \xe2\x82 bad \xff end"
for handler in ["replace", "ignore", "backslashreplace", "surrogateescape"]:
    print(handler, repr(bad.decode("utf-8", handler)))
try:
    bad.decode("utf-8")
except UnicodeDecodeError as e:
    print(e.start, e.end, e.reason, e.encoding, repr(e.object[e.start:e.end]))
print("€".encode("utf-8"), "€".encode("utf-16-be"), "€".encode("utf-32-le"), "€".encode("cp1252"))
print(b"\xe2\x82\xac".decode(), b"\x20\xac".decode("utf-16-be"), bytes([0xac, 0x20, 0, 0]).decode("utf-32-le"))
print("abc".encode("ascii"), "abc".encode("latin-1"), "é".encode("latin-1"), b"\xe9".decode("latin-1"))
print(len("😀".encode("utf-16-le")), "😀".encode("utf-16-le").decode("utf-16-le") == "😀")
import codecs
for name in ["utf8", "UTF-8", "latin1", "iso-8859-1", "ascii", "us-ascii", "utf_16", "cp1252", "U8"]:
    print(name, codecs.lookup(name).name)
print(codecs.decode(b"68656c6c6f", "hex"), codecs.encode(b"hi", "base64"), codecs.decode(b"aGk=\n", "base64"))
print("abc".encode("utf-8").hex(), bytes.fromhex("e282ac").decode())
