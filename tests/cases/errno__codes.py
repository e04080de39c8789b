# errno names and errorcode.
import errno
names = sorted(n for n in dir(errno) if n.startswith("E"))
print(len(names), len(errno.errorcode))
for n in names:
    v = getattr(errno, n)
    print(n, v, errno.errorcode[v])
print(errno.errorcode[errno.EWOULDBLOCK], errno.errorcode[errno.EDEADLK], errno.errorcode[errno.EOPNOTSUPP])
