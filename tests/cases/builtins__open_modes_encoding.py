# open(): modes x/a/w+/rb+, encodings/errors, newline translation, buffering, readinto, file attributes.
import os, tempfile, io
d = tempfile.mkdtemp()
p = os.path.join(d, "t.txt")
with open(p, "x", encoding="utf-8") as f:
    f.write("ünïcode\nline2\n")
    print(f.name == p, f.mode, f.encoding, f.writable(), f.readable(), f.seekable(), type(f).__name__)
with open(p, "a") as f:
    print(f.tell() > 0, f.write("appended\n"))
with open(p, "w+") as f:
    f.write("fresh")
    f.seek(0)
    print(f.read(), f.tell())
with open(p, "rb+") as f:
    f.seek(0, io.SEEK_END)
    f.write(b"\xff")
    f.seek(0)
    print(f.read(), type(f).__name__, f.raw.__class__.__name__ if hasattr(f, "raw") else "")
with open(p, encoding="utf-8", errors="replace") as f:
    print(repr(f.read()))
with open(p, encoding="utf-8", errors="surrogateescape") as f:
    print(repr(f.read()))
try:
    with open(p, encoding="utf-8") as f:
        f.read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e.reason)
with open(p, "wb") as f:
    f.write(b"a\r\nb\rc\n")
for nl in [None, "", "\n", "\r\n"]:
    with open(p, newline=nl) as f:
        print(repr(nl), f.readlines())
with open(p, "w", newline="\r\n") as f:
    f.write("x\ny\n")
with open(p, "rb") as f:
    print(f.read())
with open(p, "rb", buffering=0) as f:
    buf = bytearray(3)
    print(f.readinto(buf), buf, type(f).__name__)
with open(p, "rb") as f:
    print(list(f), f.closed)
print(f.closed)
with open(p, "w") as f:
    print(f.writelines(["a", "b\n", "c"]), f.flush())
with open(p) as f:
    print(f.read(1), f.read(2), f.readline(), f.read(), repr(f.read()))
try:
    open(p, "r", encoding="no-such-encoding")
except LookupError as e:
    print("LookupError", e)
try:
    open(p, "rb", encoding="utf-8")
except ValueError as e:
    print("ValueError", e)
import shutil
shutil.rmtree(d)
