# shutil: copies (data, mode, times), trees, move, rmtree, which, errors.
import os
import shutil
import stat

base = "/tmp/pyrite_shutil_%d" % os.getpid()
os.mkdir(base)
os.chdir(base)
os.umask(0o022)
with open("src.txt", "w") as f:
    f.write("payload\n" * 100)
os.chmod("src.txt", 0o640)
os.utime("src.txt", ns=(10**18, 10**18 + 12345))

def desc(p):
    st = os.stat(p)
    with open(p) as f:
        ok = f.read() == "payload\n" * 100
    return oct(stat.S_IMODE(st.st_mode)), st.st_mtime_ns == 10**18 + 12345, ok

print(shutil.copyfile("src.txt", "a.txt"), desc("a.txt"))
print(shutil.copy("src.txt", "b.txt"), desc("b.txt"))
print(shutil.copy2("src.txt", "c.txt"), desc("c.txt"))
os.mkdir("dir")
print(shutil.copy("src.txt", "dir"), shutil.copy2("src.txt", "dir/"), desc("dir/src.txt"))
try:
    shutil.copyfile("src.txt", "src.txt")
except shutil.SameFileError as e:
    print("SameFileError", e, isinstance(e, OSError))
try:
    shutil.copyfile("missing.txt", "x.txt")
except FileNotFoundError as e:
    print("FileNotFoundError", e.filename)
try:
    shutil.copyfile("src.txt", "nodir/x.txt")
except FileNotFoundError as e:
    print("FileNotFoundError", e.filename)
shutil.copymode("src.txt", "a.txt")
shutil.copystat("src.txt", "a.txt")
print(desc("a.txt"))

os.makedirs("tree/sub/deep")
for p in ("tree/1.txt", "tree/sub/2.txt", "tree/sub/deep/3.log"):
    with open(p, "w") as f:
        f.write(p)
os.symlink("1.txt", "tree/link")
print(shutil.copytree("tree", "tree2"))
def listing(top):
    out = []
    for d, dirs, files in os.walk(top):
        dirs.sort()
        for n in sorted(files):
            p = os.path.join(d, n)
            out.append((os.path.relpath(p, top), os.path.islink(p)))
    return out
print(listing("tree2"))
shutil.copytree("tree", "tree3", symlinks=True, ignore=lambda d, names: [n for n in names if n.endswith(".log")])
print(listing("tree3"))
try:
    shutil.copytree("tree", "tree3")
except FileExistsError as e:
    print("FileExistsError", e.filename)
shutil.copytree("tree", "tree3", dirs_exist_ok=True)
print(len(listing("tree3")))
print(shutil.move("tree3", "moved"), os.path.exists("tree3"), len(listing("moved")))
print(shutil.move("a.txt", "dir"), sorted(os.listdir("dir")))
try:
    shutil.move("b.txt", "dir/a.txt") and shutil.move("c.txt", "dir")
    shutil.move("dir/a.txt", "dir")
except shutil.Error as e:
    print("Error", e)
errors = []
shutil.rmtree("missing_dir", onerror=lambda f, p, e: errors.append((f.__name__, p, e[0].__name__)))
print(errors)
shutil.rmtree("missing_dir", ignore_errors=True)
try:
    shutil.rmtree("missing_dir")
except FileNotFoundError as e:
    print("FileNotFoundError", e.filename)
try:
    shutil.rmtree("tree/link")
except OSError as e:
    print("OSError", e)
with open("big.bin", "wb") as f:
    f.write(bytes(range(256)) * 1000)
with open("big.bin", "rb") as s, open("big2.bin", "wb") as d:
    shutil.copyfileobj(s, d, 1000)
print(os.path.getsize("big2.bin"))
print(shutil.which("sh") is not None, shutil.which("definitely-not-a-command-xyz"), shutil.which("sh", path="/nonexistent"))
print(shutil.get_terminal_size((33, 11)) if not os.isatty(1) else "tty")
for top in sorted(os.listdir(".")):
    if os.path.isdir(top) and not os.path.islink(top):
        shutil.rmtree(top)
    else:
        os.unlink(top)
os.chdir("/")
shutil.rmtree(base)
print(os.path.exists(base))
