"""Pseudo-terminal utilities: openpty, fork, spawn."""

import os
import sys

__all__ = ["openpty", "fork", "spawn"]

STDIN_FILENO = 0
STDOUT_FILENO = 1
STDERR_FILENO = 2

CHILD = 0


def openpty():
    """Open a pty master/slave pair: (master_fd, slave_fd)."""
    return os.openpty()


def _login_tty(fd):
    if hasattr(os, "login_tty"):
        os.login_tty(fd)
        return
    # New session with the slave as the controlling terminal and as 0/1/2.
    os.setsid()
    try:
        import fcntl
        import termios
        fcntl.ioctl(fd, termios.TIOCSCTTY, 0)
    except (ImportError, AttributeError, OSError):
        # Opening the slave by name makes it the controlling terminal.
        try:
            tmp = os.open(os.ttyname(fd), os.O_RDWR)
            os.close(tmp)
        except OSError:
            pass
    for target in (STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO):
        if fd != target:
            os.dup2(fd, target)
    if fd > STDERR_FILENO:
        os.close(fd)


def fork():
    """fork() with the child on a new pty: (pid, master_fd); the child sees
    (0, -1) with its standard streams on the pty slave."""
    master_fd, slave_fd = openpty()
    pid = os.fork()
    if pid == CHILD:
        os.close(master_fd)
        _login_tty(slave_fd)
        return pid, -1
    os.close(slave_fd)
    return pid, master_fd


def _read(fd):
    return os.read(fd, 1024)


def _copy(master_fd, master_read=_read, stdin_read=_read):
    import select
    fds = [master_fd, STDIN_FILENO]
    while fds:
        rfds, _, _ = select.select(fds, [], [])
        if master_fd in rfds:
            try:
                data = master_read(master_fd)
            except OSError:
                data = b""
            if not data:
                return
            os.write(STDOUT_FILENO, data)
        if STDIN_FILENO in rfds:
            data = stdin_read(STDIN_FILENO)
            if not data:
                fds.remove(STDIN_FILENO)
            else:
                while data:
                    n = os.write(master_fd, data)
                    data = data[n:]


def spawn(argv, master_read=_read, stdin_read=_read):
    """Run argv on a new pty, copying between it and our stdin/stdout;
    return the wait status."""
    if isinstance(argv, str):
        argv = (argv,)
    pid, master_fd = fork()
    if pid == CHILD:
        try:
            os.execlp(argv[0], *argv)
        finally:
            os._exit(1)
    try:
        _copy(master_fd, master_read, stdin_read)
    finally:
        os.close(master_fd)
    return os.waitpid(pid, 0)[1]
