"""Subprocesses with accessible I/O streams.

POSIX only. Processes are started by `_posixsubprocess.fork_exec` (fork,
redirect, exec in native code); `communicate()` multiplexes the pipes with
`select.poll` so that large outputs on both stdout and stderr cannot
deadlock."""

import builtins
import errno
import io
import os
import select
import signal
import sys
import time
import types
import _posixsubprocess

__all__ = ["Popen", "PIPE", "STDOUT", "call", "check_call", "getstatusoutput",
           "getoutput", "check_output", "run", "CalledProcessError", "DEVNULL",
           "SubprocessError", "TimeoutExpired", "CompletedProcess"]

PIPE = -1
STDOUT = -2
DEVNULL = -3

_PIPE_BUF = getattr(select, "PIPE_BUF", 512)
_USE_POSIX_SPAWN = False
_USE_VFORK = False


class SubprocessError(Exception):
    pass


class CalledProcessError(SubprocessError):
    """Raised when run() is called with check=True and the process
    returns a non-zero exit status."""

    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        if self.returncode and self.returncode < 0:
            try:
                return "Command '%s' died with %r." % (
                    self.cmd, signal.Signals(-self.returncode))
            except ValueError:
                return "Command '%s' died with unknown signal %d." % (
                    self.cmd, -self.returncode)
        return "Command '%s' returned non-zero exit status %d." % (
            self.cmd, self.returncode)

    @property
    def stdout(self):
        """Alias for output attribute, to match stderr"""
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class TimeoutExpired(SubprocessError):
    """This exception is raised when the timeout expires while waiting for a
    child process."""

    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return "Command '%s' timed out after %s seconds" % (self.cmd, self.timeout)

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class CompletedProcess(object):
    """A process that has finished running (the result of run())."""

    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        parts = ["args={!r}".format(self.args), "returncode={!r}".format(self.returncode)]
        if self.stdout is not None:
            parts.append("stdout={!r}".format(self.stdout))
        if self.stderr is not None:
            parts.append("stderr={!r}".format(self.stderr))
        return "{}({})".format(type(self).__name__, ", ".join(parts))

    __class_getitem__ = classmethod(types.GenericAlias)

    def check_returncode(self):
        """Raise CalledProcessError if the exit code is non-zero."""
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)


def call(*popenargs, timeout=None, **kwargs):
    """Run command with arguments. Wait for command to complete or
    timeout, then return the returncode attribute."""
    with Popen(*popenargs, **kwargs) as p:
        try:
            return p.wait(timeout=timeout)
        except:
            p.kill()
            raise


def check_call(*popenargs, **kwargs):
    """Run command with arguments. Wait for command to complete. If the exit
    code was zero then return, otherwise raise CalledProcessError."""
    retcode = call(*popenargs, **kwargs)
    if retcode:
        cmd = kwargs.get("args")
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(retcode, cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    """Run command with arguments and return its output."""
    if "stdout" in kwargs:
        raise ValueError("stdout argument not allowed, it will be overridden.")
    if "input" in kwargs and kwargs["input"] is None:
        text = (kwargs.get("universal_newlines") or kwargs.get("text")
                or kwargs.get("encoding") or kwargs.get("errors"))
        kwargs["input"] = "" if text else b""
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs).stdout


def run(*popenargs, input=None, capture_output=False, timeout=None, check=False, **kwargs):
    """Run command with arguments and return a CompletedProcess instance."""
    if input is not None:
        if kwargs.get("stdin") is not None:
            raise ValueError("stdin and input arguments may not both be used.")
        kwargs["stdin"] = PIPE
    if capture_output:
        if kwargs.get("stdout") is not None or kwargs.get("stderr") is not None:
            raise ValueError("stdout and stderr arguments may not be used with capture_output.")
        kwargs["stdout"] = PIPE
        kwargs["stderr"] = PIPE
    with Popen(*popenargs, **kwargs) as process:
        try:
            stdout, stderr = process.communicate(input, timeout=timeout)
        except TimeoutExpired as exc:
            process.kill()
            exc.stdout, exc.stderr = process.communicate()
            raise
        except:
            process.kill()
            raise
        retcode = process.poll()
        if check and retcode:
            raise CalledProcessError(retcode, process.args, output=stdout, stderr=stderr)
    return CompletedProcess(process.args, retcode, stdout, stderr)


def list2cmdline(seq):
    """Translate a sequence of arguments into a command line string using the
    MS C runtime quoting rules."""
    out = []
    for arg in map(os.fsdecode, seq):
        if out:
            out.append(" ")
        quote = (" " in arg) or ("\t" in arg) or not arg
        if quote:
            out.append('"')
        backslashes = 0
        for c in arg:
            if c == "\\":
                backslashes += 1
            elif c == '"':
                out.append("\\" * (backslashes * 2 + 1) + '"')
                backslashes = 0
            else:
                if backslashes:
                    out.append("\\" * backslashes)
                    backslashes = 0
                out.append(c)
        if backslashes:
            out.append("\\" * backslashes)
        if quote:
            out.append("\\" * backslashes)
            out.append('"')
    return "".join(out)


def getstatusoutput(cmd, *, encoding=None, errors=None):
    """Return (exitcode, output) of executing cmd in a shell."""
    try:
        data = check_output(cmd, shell=True, text=True, stderr=STDOUT,
                            encoding=encoding, errors=errors)
        exitcode = 0
    except CalledProcessError as ex:
        data = ex.output
        exitcode = ex.returncode
    if data[-1:] == "\n":
        data = data[:-1]
    return exitcode, data


def getoutput(cmd, *, encoding=None, errors=None):
    """Return output (stdout or stderr) of executing cmd in a shell."""
    return getstatusoutput(cmd, encoding=encoding, errors=errors)[1]


def _decode_text(data, encoding, errors):
    return data.decode(encoding, errors).replace("\r\n", "\n").replace("\r", "\n")


# Popen objects collected while their process was still running: polled
# (and dropped once reaped) whenever a new Popen is created, so that they
# do not stay zombies.
_active = []


def _cleanup():
    if _active is None:
        return
    for inst in _active[:]:
        res = inst._poll_quietly()
        if res is not None:
            try:
                _active.remove(inst)
            except ValueError:
                pass


class Popen:
    """Execute a child program in a new process."""

    _child_created = False

    def __init__(self, args, bufsize=-1, executable=None,
                 stdin=None, stdout=None, stderr=None,
                 preexec_fn=None, close_fds=True,
                 shell=False, cwd=None, env=None, universal_newlines=None,
                 startupinfo=None, creationflags=0,
                 restore_signals=True, start_new_session=False,
                 pass_fds=(), *, user=None, group=None, extra_groups=None,
                 encoding=None, errors=None, text=None, umask=-1, pipesize=-1,
                 process_group=None):
        _cleanup()
        self.args = args
        self.stdin = None
        self.stdout = None
        self.stderr = None
        self.pid = None
        self.returncode = None
        self.encoding = encoding
        self.errors = errors
        self.pipesize = pipesize
        self._communication_started = False
        self._closed_child_pipe_fds = False
        self._devnull = None
        self._input = None
        self._chunks = None
        self._waitpid_lock = None

        if bufsize is None:
            bufsize = -1
        if not isinstance(bufsize, int):
            raise TypeError("bufsize must be an integer")
        if startupinfo is not None:
            raise ValueError("startupinfo is only supported on Windows platforms")
        if creationflags != 0:
            raise ValueError("creationflags is only supported on Windows platforms")
        if pass_fds and not close_fds:
            import warnings
            warnings.warn("pass_fds overriding close_fds.", RuntimeWarning)
            close_fds = True
        if (text is not None and universal_newlines is not None
                and bool(universal_newlines) != bool(text)):
            raise SubprocessError("Cannot disambiguate when both text "
                                  "and universal_newlines are supplied but "
                                  "different. Pass one or the other.")
        self.text_mode = bool(encoding or errors or text or universal_newlines)
        if self.text_mode and encoding is None:
            self.encoding = encoding = "utf-8"
        self.universal_newlines = self.text_mode
        if process_group is None:
            process_group = -1
        gid, gids, uid = self._resolve_ids(user, group, extra_groups)
        if pipesize is None:
            pipesize = -1

        (p2cread, p2cwrite, c2pread, c2pwrite,
         errread, errwrite) = self._get_handles(stdin, stdout, stderr)

        try:
            if p2cwrite != -1:
                self.stdin = self._open_pipe(p2cwrite, "w", bufsize)
            if c2pread != -1:
                self.stdout = self._open_pipe(c2pread, "r", bufsize)
            if errread != -1:
                self.stderr = self._open_pipe(errread, "r", bufsize)
            self._execute_child(args, executable, preexec_fn, close_fds,
                                pass_fds, cwd, env, shell,
                                p2cread, p2cwrite, c2pread, c2pwrite,
                                errread, errwrite, restore_signals,
                                process_group, start_new_session, umask,
                                gid, gids, uid)
        except:
            for f in filter(None, (self.stdin, self.stdout, self.stderr)):
                try:
                    f.close()
                except OSError:
                    pass
            if not self._closed_child_pipe_fds:
                for fd in self._parent_closes:
                    try:
                        os.close(fd)
                    except OSError:
                        pass
            raise

    @staticmethod
    def _resolve_ids(user, group, extra_groups):
        gid = -1
        if group is not None:
            if isinstance(group, str):
                import grp
                gid = grp.getgrnam(group).gr_gid
            elif isinstance(group, int):
                gid = group
            else:
                raise TypeError("Group must be a string or an integer, not {}".format(type(group)))
            if gid < 0:
                raise ValueError(f"Group ID cannot be negative, got {gid}")
        gids = None
        if extra_groups is not None:
            gids = []
            for g in extra_groups:
                if isinstance(g, str):
                    import grp
                    gids.append(grp.getgrnam(g).gr_gid)
                elif isinstance(g, int):
                    if g < 0:
                        raise ValueError(f"Group ID cannot be negative, got {g}")
                    gids.append(g)
                else:
                    raise TypeError("Items in extra_groups must be a string "
                                    "or integer, not {}".format(type(g)))
        uid = -1
        if user is not None:
            if isinstance(user, str):
                import pwd
                uid = pwd.getpwnam(user).pw_uid
            elif isinstance(user, int):
                uid = user
            else:
                raise TypeError("User must be a string or an integer")
            if uid < 0:
                raise ValueError(f"User ID cannot be negative, got {uid}")
        return gid, gids, uid

    def _open_pipe(self, fd, mode, bufsize):
        if self.text_mode:
            if bufsize == 0:
                bufsize = -1
            return io.open(fd, mode, bufsize, encoding=self.encoding, errors=self.errors)
        return io.open(fd, mode + "b", bufsize)

    __class_getitem__ = classmethod(types.GenericAlias)

    def __repr__(self):
        obj_repr = "<%s: returncode: %s args: %r>" % (type(self).__name__, self.returncode, self.args)
        if len(obj_repr) > 80:
            obj_repr = obj_repr[:76] + "...>"
        return obj_repr

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        if self.stdout:
            self.stdout.close()
        if self.stderr:
            self.stderr.close()
        try:
            if self.stdin:
                self.stdin.close()
        except BrokenPipeError:
            pass
        finally:
            if exc_type == KeyboardInterrupt:
                if self.returncode is None:
                    try:
                        self.wait(timeout=0.25)
                    except TimeoutExpired:
                        pass
            else:
                self.wait()

    def __del__(self, _maxsize=sys.maxsize):
        if not self._child_created:
            return
        if self.returncode is None:
            try:
                import warnings
                warnings.warn("subprocess %s is still running" % self.pid,
                              ResourceWarning, source=self)
            except Exception:
                pass
        self._poll_quietly()
        if self.returncode is None and _active is not None:
            _active.append(self)

    def _poll_quietly(self):
        """poll() that treats an already-reaped child as gone."""
        if self.returncode is None:
            try:
                pid, sts = os.waitpid(self.pid, os.WNOHANG)
                if pid == self.pid:
                    self._handle_exitstatus(sts)
            except OSError:
                self.returncode = sys.maxsize
        return self.returncode

    def _get_devnull(self):
        if self._devnull is None:
            self._devnull = os.open(os.devnull, os.O_RDWR)
        return self._devnull

    def _pipe(self):
        r, w = os.pipe()
        if self.pipesize is not None and self.pipesize > 0:
            try:
                import fcntl
                fcntl.fcntl(w, getattr(fcntl, "F_SETPIPE_SZ", 1031), self.pipesize)
            except ImportError:
                pass
        return r, w

    def _get_handles(self, stdin, stdout, stderr):
        """(p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite); -1 is
        'not redirected'. Descriptors we create are closed in the parent once
        the child runs (self._parent_closes)."""
        closes = self._parent_closes = []
        p2cread = p2cwrite = c2pread = c2pwrite = errread = errwrite = -1

        def fd_of(obj):
            if isinstance(obj, int):
                return obj
            return obj.fileno()

        if stdin is None:
            pass
        elif stdin == PIPE:
            p2cread, p2cwrite = self._pipe()
            closes.append(p2cread)
        elif stdin == DEVNULL:
            p2cread = self._get_devnull()
        else:
            p2cread = fd_of(stdin)

        if stdout is None:
            pass
        elif stdout == PIPE:
            c2pread, c2pwrite = self._pipe()
            closes.append(c2pwrite)
        elif stdout == DEVNULL:
            c2pwrite = self._get_devnull()
        else:
            c2pwrite = fd_of(stdout)

        if stderr is None:
            pass
        elif stderr == PIPE:
            errread, errwrite = self._pipe()
            closes.append(errwrite)
        elif stderr == STDOUT:
            if c2pwrite != -1:
                errwrite = c2pwrite
            else:
                errwrite = sys.__stdout__.fileno()
        elif stderr == DEVNULL:
            errwrite = self._get_devnull()
        else:
            errwrite = fd_of(stderr)
        if self._devnull is not None:
            closes.append(self._devnull)
        return (p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite)

    def _execute_child(self, args, executable, preexec_fn, close_fds,
                       pass_fds, cwd, env, shell,
                       p2cread, p2cwrite, c2pread, c2pwrite,
                       errread, errwrite, restore_signals,
                       process_group, start_new_session, umask,
                       gid=-1, gids=None, uid=-1):
        if isinstance(args, (str, bytes)):
            args = [args]
        elif isinstance(args, os.PathLike):
            if shell:
                raise TypeError("path-like args is not allowed when shell is true")
            args = [args]
        else:
            args = list(args)

        if shell:
            unix_shell = "/system/bin/sh" if hasattr(sys, "getandroidapilevel") else "/bin/sh"
            args = [unix_shell, "-c"] + args
            if executable:
                args[0] = executable

        if executable is None:
            executable = args[0]
        orig_executable = executable

        bargs = [os.fsencode(a) for a in args]
        executable = os.fsencode(executable)
        if os.path.dirname(executable):
            executable_list = [executable]
        else:
            executable_list = [os.path.join(os.fsencode(d), executable)
                               for d in os.get_exec_path(env)]

        if env is not None:
            env_list = []
            for k, v in env.items():
                k = os.fsencode(k)
                if b"=" in k:
                    raise ValueError("illegal environment variable name")
                env_list.append(k + b"=" + os.fsencode(v))
        else:
            env_list = None
        if cwd is not None:
            cwd = os.fsencode(cwd)

        fds_to_keep = set(int(fd) for fd in pass_fds)
        errpipe_read, errpipe_write = os.pipe()
        try:
            fds_to_keep.add(errpipe_write)
            try:
                self.pid = _posixsubprocess.fork_exec(
                    bargs, executable_list, env_list, cwd,
                    p2cread, p2cwrite, c2pread, c2pwrite,
                    errread, errwrite, errpipe_read, errpipe_write,
                    close_fds, tuple(sorted(fds_to_keep)), start_new_session,
                    process_group, restore_signals, umask, preexec_fn,
                    gid, gids, uid)
                self._child_created = True
            finally:
                os.close(errpipe_write)
            self._closed_child_pipe_fds = True
            for fd in self._parent_closes:
                try:
                    os.close(fd)
                except OSError:
                    pass
            self._devnull = None
            data = bytearray()
            while True:
                part = os.read(errpipe_read, 50000)
                data += part
                if not part or len(data) > 50000:
                    break
        finally:
            os.close(errpipe_read)

        if data:
            try:
                pid, sts = os.waitpid(self.pid, 0)
                if pid == self.pid:
                    self._handle_exitstatus(sts)
                else:
                    self.returncode = sys.maxsize
            except ChildProcessError:
                pass
            stage = data[:1]
            err = int.from_bytes(bytes(data[1:5]), "little", signed=True)
            if stage == b"P":
                raise SubprocessError("Exception occurred in preexec_fn.")
            msg = os.strerror(err)
            if stage == b"C":
                raise OSError(err, msg, os.fsdecode(cwd))
            if stage == b"N":
                raise OSError(err, msg)
            raise OSError(err, msg, orig_executable)

    def _handle_exitstatus(self, sts):
        if os.WIFSTOPPED(sts):
            self.returncode = -os.WSTOPSIG(sts)
        else:
            self.returncode = os.waitstatus_to_exitcode(sts)

    def poll(self):
        """Check if child process has terminated. Set and return returncode."""
        if self.returncode is None:
            try:
                pid, sts = os.waitpid(self.pid, os.WNOHANG)
                if pid == self.pid:
                    self._handle_exitstatus(sts)
            except ChildProcessError:
                self.returncode = 0
        return self.returncode

    def _remaining_time(self, endtime):
        if endtime is None:
            return None
        return endtime - time.monotonic()

    def _check_timeout(self, endtime, orig_timeout, stdout_seq=None, stderr_seq=None):
        if endtime is None:
            return
        if time.monotonic() > endtime:
            raise TimeoutExpired(self.args, orig_timeout,
                                 output=b"".join(stdout_seq) if stdout_seq else None,
                                 stderr=b"".join(stderr_seq) if stderr_seq else None)

    def wait(self, timeout=None):
        """Wait for child process to terminate; returns self.returncode."""
        if self.returncode is not None:
            return self.returncode
        if timeout is not None:
            endtime = time.monotonic() + timeout
            delay = 0.0005
            while True:
                if self.poll() is not None:
                    break
                remaining = endtime - time.monotonic()
                if remaining <= 0:
                    raise TimeoutExpired(self.args, timeout)
                delay = min(delay * 2, remaining, 0.05)
                time.sleep(delay)
        else:
            while self.returncode is None:
                try:
                    pid, sts = os.waitpid(self.pid, 0)
                except ChildProcessError:
                    self.returncode = 0
                    break
                if pid == self.pid:
                    self._handle_exitstatus(sts)
        return self.returncode

    def send_signal(self, sig):
        """Send a signal to the process."""
        self.poll()
        if self.returncode is not None:
            return
        try:
            os.kill(self.pid, sig)
        except ProcessLookupError:
            pass

    def terminate(self):
        """Terminate the process with SIGTERM"""
        self.send_signal(signal.SIGTERM)

    def kill(self):
        """Kill the process with SIGKILL"""
        self.send_signal(signal.SIGKILL)

    def _stdin_write(self, input):
        if input:
            try:
                self.stdin.write(input)
            except BrokenPipeError:
                pass
            except OSError as exc:
                if exc.errno != errno.EINVAL:
                    raise
        try:
            self.stdin.close()
        except BrokenPipeError:
            pass
        except OSError as exc:
            if exc.errno != errno.EINVAL:
                raise

    def communicate(self, input=None, timeout=None):
        """Interact with process: send data to stdin, read stdout and stderr
        until end-of-file, wait for the process to terminate. Returns
        (stdout_data, stderr_data)."""
        if self._communication_started and input:
            raise ValueError("Cannot send input after starting communication")

        if (timeout is None and not self._communication_started and
                [self.stdin, self.stdout, self.stderr].count(None) >= 2):
            stdout = stderr = None
            if self.stdin:
                self._stdin_write(input)
            elif self.stdout:
                stdout = self.stdout.read()
                self.stdout.close()
            elif self.stderr:
                stderr = self.stderr.read()
                self.stderr.close()
            self.wait()
            return (stdout, stderr)

        endtime = None if timeout is None else time.monotonic() + timeout
        try:
            stdout, stderr = self._communicate(input, endtime, timeout)
        finally:
            self._communication_started = True
        self.wait(timeout=self._remaining_time(endtime))
        return (stdout, stderr)

    def _communicate(self, input, endtime, orig_timeout):
        if self.stdin and not self._communication_started:
            try:
                self.stdin.flush()
            except BrokenPipeError:
                pass
            if not input:
                try:
                    self.stdin.close()
                except BrokenPipeError:
                    pass

        if self._chunks is None:
            self._chunks = {}
            if self.stdout:
                self._chunks[self.stdout] = []
            if self.stderr:
                self._chunks[self.stderr] = []
        stdout = self._chunks.get(self.stdout) if self.stdout else None
        stderr = self._chunks.get(self.stderr) if self.stderr else None

        if self._input is None:
            self._input_offset = 0
            self._input = b""
            if self.stdin and input:
                if self.text_mode:
                    input = input.encode(self.stdin.encoding, self.stdin.errors)
                self._input = memoryview(input) if not isinstance(input, bytes) else input

        poller = select.poll()
        fd2file = {}

        def register(f, events):
            poller.register(f, events)
            fd2file[f.fileno()] = f

        def close_unregister(fd):
            poller.unregister(fd)
            fd2file[fd].close()
            del fd2file[fd]

        if self.stdin and not self.stdin.closed and self._input:
            register(self.stdin, select.POLLOUT)
        for f in (self.stdout, self.stderr):
            if f and not f.closed:
                register(f, select.POLLIN | select.POLLPRI)

        while fd2file:
            remaining = self._remaining_time(endtime)
            if remaining is not None and remaining < 0:
                self._check_timeout(endtime, orig_timeout, stdout, stderr)
            ready = poller.poll(None if remaining is None else remaining * 1000)
            self._check_timeout(endtime, orig_timeout, stdout, stderr)
            for fd, mode in ready:
                if fd not in fd2file:
                    continue
                f = fd2file[fd]
                if f is self.stdin:
                    if mode & select.POLLOUT:
                        chunk = self._input[self._input_offset:self._input_offset + _PIPE_BUF]
                        try:
                            self._input_offset += os.write(fd, chunk)
                        except BrokenPipeError:
                            close_unregister(fd)
                        else:
                            if self._input_offset >= len(self._input):
                                close_unregister(fd)
                    else:
                        close_unregister(fd)
                else:
                    data = os.read(fd, 32768)
                    if not data:
                        close_unregister(fd)
                    self._chunks[f].append(data)

        self.wait(timeout=self._remaining_time(endtime))

        if stdout is not None:
            stdout = b"".join(stdout)
        if stderr is not None:
            stderr = b"".join(stderr)
        if self.text_mode:
            if stdout is not None:
                stdout = _decode_text(stdout, self.stdout.encoding, self.stdout.errors)
            if stderr is not None:
                stderr = _decode_text(stderr, self.stderr.encoding, self.stderr.errors)
        return (stdout, stderr)
