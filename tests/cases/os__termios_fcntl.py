# termios on a fresh pty, fcntl/ioctl/flock/lockf, tty.setcbreak/setraw.
import os, termios, fcntl, tty, array, errno
m, s = os.openpty()
a = termios.tcgetattr(s)
print(a[:6], a[6][:8], len(a[6]), type(termios.error), termios.error.__module__)
new = termios.tcgetattr(s)
new[3] &= ~(termios.ICANON | termios.ECHO)
new[6][termios.VMIN] = 1
new[6][termios.VTIME] = 0
termios.tcsetattr(s, termios.TCSANOW, new)
b = termios.tcgetattr(s)
print(bool(b[3] & termios.ICANON), b[6][termios.VMIN], b[6][termios.VTIME])
os.write(m, b"xyz")
import time
time.sleep(0.2)
buf = array.array("i", [0])
print(fcntl.ioctl(s, termios.FIONREAD, buf), buf[0])
ba = bytearray(4)
print(fcntl.ioctl(s, termios.FIONREAD, ba), ba)
print(fcntl.ioctl(s, termios.FIONREAD, b"\0\0\0\0"))
fl = fcntl.fcntl(s, fcntl.F_GETFL)
fcntl.fcntl(s, fcntl.F_SETFL, fl | os.O_NONBLOCK)
print(bool(fcntl.fcntl(s, fcntl.F_GETFL) & os.O_NONBLOCK), os.read(s, 10))
try:
    os.read(s, 10)
except OSError as e:
    print(type(e).__name__, errno.errorcode[e.errno])
termios.tcsetattr(s, termios.TCSAFLUSH, a)
tty.setcbreak(s)
c = termios.tcgetattr(s)
print(bool(c[3] & termios.ICANON), bool(c[3] & termios.ECHO), c[6][termios.VMIN])
tty.setraw(s)
print(termios.tcgetattr(s)[:4])
termios.tcflush(s, termios.TCIFLUSH)
termios.tcdrain(s)
print(termios.tcgetwinsize(s))
termios.tcsetwinsize(s, (24, 80))
print(termios.tcgetwinsize(s), os.get_terminal_size(s))
for f, args in [(termios.tcgetattr, (999,)), (termios.tcgetattr, (os.open("/dev/null", 0),)), (termios.tcsetattr, (s, 0, [1])), (termios.tcsetattr, (s, 0, 5)), (fcntl.fcntl, (999, fcntl.F_GETFL)), (fcntl.lockf, (s, 99)), (fcntl.lockf, (s, 8))]:
    try:
        f(*args)
    except Exception as e:
        print(type(e).__name__, e)
p = "/tmp/pyrite_lock_%d" % os.getpid()
fd = os.open(p, os.O_CREAT | os.O_RDWR)
fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
fcntl.flock(fd, fcntl.LOCK_UN)
fcntl.lockf(fd, fcntl.LOCK_EX)
fcntl.lockf(fd, fcntl.LOCK_UN)
class F:
    def fileno(self): return fd
print(fcntl.fcntl(F(), fcntl.F_GETFD) & fcntl.FD_CLOEXEC, fcntl.F_GETFL, fcntl.LOCK_EX, termios.B9600, termios.TCSANOW)
os.close(fd); os.unlink(p)
