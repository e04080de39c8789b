# OSError errno mapping to subclasses, attributes, and real filesystem errors.
import errno, os, tempfile
for code in [errno.ENOENT, errno.EEXIST, errno.EACCES, errno.EISDIR, errno.ENOTDIR, errno.EPIPE,
             errno.ECONNREFUSED, errno.ETIMEDOUT, errno.EINTR, errno.ECHILD, errno.ESRCH, errno.EAGAIN, 9999]:
    e = OSError(code, os.strerror(code) if code != 9999 else "custom")
    print(code, type(e).__name__, e.errno, repr(e.strerror), str(e))
print(errno.errorcode[errno.ENOENT], errno.ENOENT, errno.EEXIST)
d = tempfile.mkdtemp()
try:
    os.mkdir(d)
except FileExistsError as e:
    print("FileExistsError", e.errno, e.strerror, e.filename == d)
try:
    os.listdir(os.path.join(d, "nope"))
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, e.strerror, os.path.basename(e.filename))
p = os.path.join(d, "file")
open(p, "w").close()
try:
    os.listdir(p)
except NotADirectoryError as e:
    print("NotADirectoryError", e.errno, e.strerror)
try:
    os.rmdir(p)
except NotADirectoryError as e:
    print("NotADirectoryError", e.errno)
try:
    os.rename(os.path.join(d, "missing"), os.path.join(d, "other"))
except FileNotFoundError as e:
    print("FileNotFoundError", os.path.basename(e.filename), os.path.basename(e.filename2), str(e).startswith("[Errno 2]"))
os.remove(p)
os.rmdir(d)
print(FileNotFoundError(2, "x").errno, FileNotFoundError("just text").errno, PermissionError(13, "denied").errno)
print(isinstance(FileNotFoundError(), OSError), BlockingIOError(11, "x", 0, 5).characters_written if hasattr(BlockingIOError(11, "x", 0, 5), "characters_written") else None)
