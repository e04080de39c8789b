# open(): text/binary read and write, modes, iteration, seek/tell, errors.
import os, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, "f.txt")
with open(p, "w") as f:
    print(f.write("line one\n"), f.write("line two\nline three"), f.mode, f.closed)
print(f.closed)
with open(p) as f:
    print(repr(f.read()))
with open(p) as f:
    print([l for l in f])
with open(p) as f:
    print(repr(f.readline()), repr(f.readline(4)), f.readlines())
with open(p, "a") as f:
    f.write("\nappended")
with open(p, "r") as f:
    print(f.read().splitlines())
with open(p, "rb") as f:
    data = f.read()
    print(type(data).__name__, data[:8], f.tell())
    f.seek(5)
    print(f.read(3), f.tell())
    f.seek(-3, 2)
    print(f.read())
bp = os.path.join(d, "b.bin")
with open(bp, "wb") as f:
    f.write(bytes(range(256)))
with open(bp, "rb") as f:
    b = f.read()
print(len(b), b[250:], os.path.getsize(bp))
with open(p, "w", encoding="utf-8") as f:
    f.write("héllo\n")
with open(p, "rb") as f:
    print(f.read())
with open(p, encoding="latin-1") as f:
    print(repr(f.read()))
with open(p, "r+") as f:
    f.write("J")
    f.seek(0)
    print(f.read())
for mode, exc in [("r", FileNotFoundError), ("x", FileExistsError)]:
    try:
        open(os.path.join(d, "missing.txt") if mode == "r" else p, mode)
    except exc as e:
        print(type(e).__name__, e.errno, e.strerror)
try:
    open(p, "rw")
except ValueError as e:
    print("ValueError", e)
f = open(p)
f.close()
try:
    f.read()
except ValueError as e:
    print("ValueError", e)
try:
    open(d)
except IsADirectoryError as e:
    print("IsADirectoryError", e.strerror)
with open(p, "w", newline="") as f:
    f.write("a\r\nb\n")
with open(p, newline="") as f:
    print(repr(f.read()))
with open(p) as f:
    print(repr(f.read()))
os.remove(p); os.remove(bp); os.rmdir(d)
print(os.path.exists(d))
