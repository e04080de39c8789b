# dir_fd variants, listdir/scandir on descriptors and bytes, stat_result details.
import os
import stat

base = "/tmp/pyrite_os_dirfd_%d" % os.getpid()
os.mkdir(base)
dfd = os.open(base, os.O_RDONLY | os.O_DIRECTORY)
fd = os.open("f", os.O_CREAT | os.O_WRONLY, 0o600, dir_fd=dfd)
os.write(fd, b"12345")
os.close(fd)
os.mkdir("sub", dir_fd=dfd)
os.symlink("f", "ln", dir_fd=dfd)
print(sorted(os.listdir(dfd)), sorted(os.listdir(base.encode())))
print(os.stat("f", dir_fd=dfd).st_size, os.readlink("ln", dir_fd=dfd), os.access("f", os.R_OK, dir_fd=dfd))
print(stat.S_ISLNK(os.stat("ln", dir_fd=dfd, follow_symlinks=False).st_mode), os.stat(dfd).st_mode == os.stat(base).st_mode)
with os.scandir(dfd) as it:
    ents = sorted(it, key=lambda e: e.name)
print([(e.name, e.path, e.is_dir(), e.is_file(), e.is_symlink(), e.stat().st_size if e.is_file() else None) for e in ents])
with os.scandir(base.encode()) as it:
    bents = sorted(it, key=lambda e: e.name)
print([(e.name, e.path == os.path.join(base.encode(), e.name), repr(e)) for e in bents])
print([repr(e) for e in sorted(os.scandir(base), key=lambda e: e.name)])
os.rename("f", "g", src_dir_fd=dfd, dst_dir_fd=dfd)
os.link("g", "h", src_dir_fd=dfd, dst_dir_fd=dfd)
os.utime("g", ns=(1, 2), dir_fd=dfd)
print(sorted(os.listdir(dfd)), os.stat("g", dir_fd=dfd).st_mtime_ns, os.stat("g", dir_fd=dfd).st_nlink)
os.chmod("g", 0o640, dir_fd=dfd)
print(oct(os.stat("h", dir_fd=dfd).st_mode & 0o777))
try:
    os.stat("nope", dir_fd=dfd)
except FileNotFoundError as e:
    print("FileNotFoundError", e)
try:
    os.scandir("/nonexistent_dir_x")
except FileNotFoundError as e:
    print("FileNotFoundError", e)
try:
    os.listdir(12345)
except OSError as e:
    print(type(e).__name__, e)
st = os.stat("g", dir_fd=dfd)
print(st.st_blksize > 0, st.st_blocks >= 0, isinstance(st.st_rdev, int), isinstance(st.st_dev, int), os.stat_result.n_sequence_fields, os.stat_result.n_fields)
print(repr(os.stat_result((33188, 1, 2, 1, 0, 0, 5, 10, 20, 30))))
print(st[:3] == (st.st_mode, st.st_ino, st.st_dev), len(st), type(st[7]))
for n in ("g", "h", "ln"):
    os.unlink(n, dir_fd=dfd)
os.rmdir("sub", dir_fd=dfd)
os.close(dfd)
os.rmdir(base)
print(os.path.exists(base))
