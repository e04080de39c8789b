# Vectored I/O, memfd/eventfd, copy_file_range, waitid, xattrs, forkpty.
import os
r, w = os.pipe()
print(os.writev(w, [b"ab", bytearray(b"cd"), b""]))
a, b = bytearray(1), bytearray(5)
print(os.readv(r, [a, b]), a, b)
fd = os.memfd_create("pyrite", 0)
os.write(fd, b"memory file")
print(os.lseek(fd, 0, os.SEEK_END), os.get_inheritable(fd))
fd2 = os.memfd_create("copy")
print(os.copy_file_range(fd, fd2, 6, 0), os.pread(fd2, 10, 0))
e = os.eventfd(3)
os.eventfd_write(e, 4)
print(os.eventfd_read(e))
pid = os.fork()
if pid == 0:
    os._exit(5)
res = os.waitid(os.P_PID, pid, os.WEXITED)
print(type(res).__name__, res.si_pid == pid, res.si_status, res.si_code == os.CLD_EXITED, res.si_signo)
print(os.waitid(os.P_ALL, 0, os.WEXITED | os.WNOHANG) if False else "skip")
p = "/tmp/pyrite_xattr_%d" % os.getpid()
open(p, "w").close()
try:
    os.setxattr(p, "user.pyrite", b"value")
    print(os.getxattr(p, "user.pyrite"), os.listxattr(p))
    os.removexattr(p, "user.pyrite")
    print(os.listxattr(p))
except OSError as ex:
    print("xattr unsupported", type(ex).__name__)
try:
    os.getxattr(p, "user.none")
except OSError as ex:
    print(type(ex).__name__, ex.errno == 61)
os.unlink(p)
pid, master = os.forkpty()
if pid == 0:
    print("in child pty", os.isatty(0), os.isatty(1))
    os._exit(0)
out = b""
while True:
    try:
        chunk = os.read(master, 100)
    except OSError:
        break
    if not chunk:
        break
    out += chunk
os.waitpid(pid, 0)
print(type(out).__name__, os.isatty(master))
print(os.sched_get_priority_max(os.SCHED_FIFO), os.sched_get_priority_min(os.SCHED_FIFO), 0 in os.getgrouplist("root", 0))
for fd_ in (r, w, fd, fd2, e, master):
    os.close(fd_)
