# File and directory operations in a private temp dir; stable facts only.
import errno
import os
import stat

base = "/tmp/pyrite_os_files_%d" % os.getpid()
os.mkdir(base)
os.chdir(base)
print(os.getcwd() == base, os.getcwdb() == base.encode())

fd = os.open("f.txt", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
print(type(fd), os.write(fd, b"hello world\n"), os.get_inheritable(fd))
os.close(fd)
fd = os.open("f.txt", os.O_RDWR)
print(os.read(fd, 5), os.lseek(fd, 0, os.SEEK_CUR), os.lseek(fd, -3, os.SEEK_END), os.read(fd, 100), os.read(fd, 100))
print(os.pread(fd, 5, 6), os.pwrite(fd, b"W", 6))
os.lseek(fd, 0, os.SEEK_SET)
print(os.read(fd, 100))
os.ftruncate(fd, 4)
st = os.fstat(fd)
print(st.st_size, stat.S_ISREG(st.st_mode), stat.S_IMODE(st.st_mode) & 0o600)
os.fsync(fd)
os.close(fd)
try:
    os.close(fd)
except OSError as e:
    print(type(e).__name__, e.errno == errno.EBADF, e)

st = os.stat("f.txt")
print(type(st).__name__, len(st), st.st_size, st[6], isinstance(st.st_mtime, float), isinstance(st.st_mtime_ns, int), st[8] == int(st.st_mtime))
print(st.st_mtime_ns // 10**9 == st[8], st.st_nlink, st.st_uid == os.getuid(), st == os.stat("f.txt"))
os.utime("f.txt", (1000000000, 1500000000.25))
st = os.stat("f.txt")
print(st.st_atime, st.st_mtime, st.st_mtime_ns, st[7], st[8])
os.utime("f.txt", ns=(5 * 10**9 + 7, 6 * 10**9 + 123456789))
st = os.stat("f.txt")
print(st.st_atime_ns, st.st_mtime_ns, st.st_mtime)
os.chmod("f.txt", 0o600)
print(oct(stat.S_IMODE(os.stat("f.txt").st_mode)), os.access("f.txt", os.R_OK), os.access("nope", os.F_OK))
os.chmod("f.txt", 0o644)

os.truncate("f.txt", 2)
print(os.path.getsize("f.txt"), os.path.exists("f.txt"), os.path.isfile("f.txt"), os.path.isdir("f.txt"), os.path.isdir("."))
os.mkdir("d")
os.mkdir("d/sub")
for n in ("d/a", "d/b", "d/sub/c"):
    with open(n, "w") as f:
        f.write(n)
print(sorted(os.listdir("d")), sorted(os.listdir(b"d")), sorted(os.listdir()))
with os.scandir("d") as it:
    ents = sorted(it, key=lambda e: e.name)
for e in ents:
    print(repr(e), e.name, e.path, e.is_dir(), e.is_file(), e.is_symlink(), e.inode() == os.stat(e.path).st_ino, e.stat().st_size)
print(sorted(os.fspath(e) for e in os.scandir("d")))
os.symlink("f.txt", "link")
print(os.readlink("link"), os.path.islink("link"), os.path.islink("f.txt"), os.lstat("link").st_size != os.stat("link").st_size or True)
print(stat.S_ISLNK(os.lstat("link").st_mode), stat.S_ISLNK(os.stat("link").st_mode), os.stat("link", follow_symlinks=False) == os.lstat("link"))
print(os.path.realpath("link") == os.path.join(base, "f.txt"), os.path.samefile("link", "f.txt"))
os.link("f.txt", "hard")
print(os.stat("f.txt").st_nlink, os.path.samefile("hard", "f.txt"))
os.rename("hard", "hard2")
os.replace("hard2", "d/hard3")
print(sorted(os.listdir("d")))

for fn, args in [(os.mkdir, ("d",)), (os.rmdir, ("d",)), (os.remove, ("d",)), (os.unlink, ("missing",)), (os.listdir, ("missing",)),
                 (os.stat, ("missing",)), (os.open, ("missing", os.O_RDONLY)), (os.rename, ("missing", "x")), (os.readlink, ("f.txt",)),
                 (os.chdir, ("f.txt",)), (os.rmdir, ("f.txt",)), (os.link, ("missing", "y")), (os.symlink, ("x", "f.txt"))]:
    try:
        fn(*args)
    except OSError as e:
        print(fn.__name__, type(e).__name__, errno.errorcode[e.errno], e.strerror, e.filename, e.filename2, str(e))

os.makedirs("m/n/o")
print(os.path.isdir("m/n/o"))
try:
    os.makedirs("m/n/o")
except FileExistsError as e:
    print("FileExistsError", e)
os.makedirs("m/n/o", exist_ok=True)
os.renames("m/n/o", "r/s/t")
print(os.path.exists("m"), os.path.isdir("r/s/t"))
os.removedirs("r/s/t")
print(os.path.exists("r"))

for top in (".",):
    for dirpath, dirnames, filenames in os.walk(top):
        dirnames.sort()
        print(dirpath, dirnames, sorted(filenames))
print([(p, sorted(f)) for p, d, f in os.walk("d", topdown=False)])
print(list(os.walk("missing")))
errs = []
list(os.walk("missing", onerror=errs.append))
print([type(e).__name__ for e in errs])

for dirpath, dirnames, filenames in os.walk(base, topdown=False):
    for n in filenames:
        os.unlink(os.path.join(dirpath, n))
    for n in dirnames:
        p = os.path.join(dirpath, n)
        if os.path.islink(p):
            os.unlink(p)
        else:
            os.rmdir(p)
os.chdir("/")
os.rmdir(base)
print(os.path.exists(base))
