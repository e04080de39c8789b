import tempfile, os
d = tempfile.mkdtemp()
tempfile.tempdir = None
os.environ["TMPDIR"] = d
print(tempfile.gettempdir() == d, tempfile.gettempprefix(), tempfile.gettempdirb() == d.encode())
fd, p = tempfile.mkstemp(suffix=".txt", prefix="pre_")
print(os.path.dirname(p) == d, os.path.basename(p).startswith("pre_"), p.endswith(".txt"), len(os.path.basename(p)), oct(os.stat(p).st_mode & 0o777))
os.close(fd); os.unlink(p)
fd, p = tempfile.mkstemp(dir=d.encode()); print(type(p)); os.close(fd); os.unlink(p)
with tempfile.NamedTemporaryFile("w+", suffix=".x") as f:
    f.write("hello"); f.flush(); f.seek(0); print(f.read(), os.path.exists(f.name), f.name.endswith(".x"))
print(os.path.exists(f.name))
f = tempfile.NamedTemporaryFile(delete=False); f.write(b"abc"); f.close(); print(open(f.name).read()); os.unlink(f.name)
with tempfile.TemporaryFile() as f:
    f.write(b"xyz"); f.seek(0); print(f.read(), isinstance(f.name, int))
with tempfile.TemporaryDirectory() as t:
    os.makedirs(os.path.join(t, "a/b")); open(os.path.join(t, "a/b/c"), "w").close()
    print(os.path.isdir(t))
print(os.path.exists(t))
t = tempfile.TemporaryDirectory(prefix="zz"); print(repr(t).startswith("<TemporaryDirectory '"), os.path.basename(t.name)[:2]); t.cleanup(); print(os.path.exists(t.name))
m = tempfile.mktemp(); print(os.path.exists(m), os.path.dirname(m) == d)
s = tempfile.SpooledTemporaryFile(max_size=10)
s.write(b"12345"); print(s._rolled); s.write(b"1234567"); print(s._rolled); s.seek(0); print(s.read()); s.close()
print(os.listdir(d))
os.rmdir(d)
