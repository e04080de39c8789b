# The codecs module: lookup names, hex/base64/rot13, incremental codecs, iterencode/iterdecode, registry.
import codecs
for name in ["utf-8", "UTF8", "latin_1", "ascii", "utf-16", "U16", "cp1252", "utf-8-sig", "iso-8859-1",
             "us-ascii", "utf_32_be", "latin9", "IBM437", "hex", "base64", "rot13"]:
    print(name, codecs.lookup(name).name)
print(codecs.encode("Hello, World!", "rot13"), codecs.decode(b"68656c6c6f", "hex"), codecs.encode(b"hi", "hex"))
print(codecs.encode(b"hi", "base64"), codecs.decode(b"aGk=\n", "base64"))
print(codecs.encode("\xe9", "utf-8"), codecs.decode(b"\xc3\xa9"), codecs.encode("\xe9", "latin-1", "strict"))
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)
for bad in ["nope", "utf-9"]:
    try:
        codecs.lookup(bad)
    except LookupError as e:
        print("LookupError", e)
try:
    codecs.encode("\xe9", "ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e)
d = codecs.getincrementaldecoder("utf-8")()
print([d.decode(b) for b in [b"\xe2", b"\x82", b"\xac!", b""]], repr(d.decode(b"", True)))
d16 = codecs.getincrementaldecoder("utf-16-le")()
print([d16.decode(b) for b in [b"a", b"\x00b", b"\x00"]], repr(d16.decode(b"", True)))
e = codecs.getincrementalencoder("utf-16")()
print(e.encode("a"), e.encode("b"))
print(list(codecs.iterdecode([b"\xc3", b"\xa9x"], "utf-8")), list(codecs.iterencode(["a", "\xe9"], "latin-1")))
print(codecs.utf_8_decode(b"ab\xc3"), codecs.utf_8_decode(b"ab\xc3", "replace", True), codecs.utf_8_encode("\xe9"))
print(codecs.lookup_error("strict").__name__, isinstance(codecs.lookup("utf-8"), tuple), len(codecs.lookup("utf-8")))
try:
    codecs.lookup_error("nope")
except LookupError as e:
    print("LookupError", e)
def search(name):
    if name == "shout":
        return codecs.CodecInfo(lambda s, e="strict": (s.upper().encode(), len(s)),
                                lambda b, e="strict": (bytes(b).decode().lower(), len(b)), name="shout")
    return None
codecs.register(search)
print(codecs.encode("abc", "shout"), codecs.decode(b"ABC", "shout"), codecs.lookup("shout").name)
print(codecs.getencoder("ascii")("abc"), codecs.getdecoder("latin-1")(b"\xe9"))
