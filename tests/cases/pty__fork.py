import pty, os
pid, fd = pty.fork()
if pid == 0:
    import sys
    print("child tty", os.isatty(0), os.isatty(1))
    sys.stdout.flush()
    os._exit(0)
out = b""
while True:
    try:
        c = os.read(fd, 1024)
    except OSError:
        break
    if not c: break
    out += c
os.waitpid(pid, 0)
print(out)
