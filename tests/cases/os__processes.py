# fork/exec/wait, system, popen and pipes.
import os
import sys

r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.close(r)
    os.write(w, b"from child")
    os._exit(3)
os.close(w)
data = b""
while True:
    chunk = os.read(r, 100)
    if not chunk:
        break
    data += chunk
os.close(r)
wpid, status = os.waitpid(pid, 0)
print(data, wpid == pid, os.WIFEXITED(status), os.WEXITSTATUS(status), os.waitstatus_to_exitcode(status))

pid = os.fork()
if pid == 0:
    os.kill(os.getpid(), 9)
    os._exit(0)
_, status = os.waitpid(pid, 0)
print(os.WIFSIGNALED(status), os.WTERMSIG(status), os.waitstatus_to_exitcode(status))

print(os.waitpid(-1, os.WNOHANG) if False else "skip")
try:
    os.waitpid(-1, 0)
except ChildProcessError as e:
    print("ChildProcessError", e)

sys.stdout.flush()
print(os.system("exit 3"), os.system("true"))

p = os.popen("echo hello; echo world")
print(p.read())
print(p.close())
with os.popen("exit 2") as p:
    print(repr(p.read()))
p = os.popen("exit 2")
print(p.close())
p = os.popen("cat > /dev/null", "w")
p.write("data\n")
print(p.close())
print([line for line in os.popen("printf 'a\\nb\\n'")])
for bad in [(b"ls",), ("ls", "rw")]:
    try:
        os.popen(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

pid = os.fork()
if pid == 0:
    os.execv("/bin/sh", ["sh", "-c", "exit 4"])
print(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
pid = os.fork()
if pid == 0:
    os.execvp("sh", ["sh", "-c", "exit 6"])
print(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
pid = os.fork()
if pid == 0:
    os.execve("/bin/sh", ["sh", "-c", "exit $CODE"], {"CODE": "7"})
print(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
print(os.spawnv(os.P_WAIT, "/bin/sh", ["sh", "-c", "exit 9"]))
try:
    os.execv("/bin/sh", [])
except ValueError as e:
    print("ValueError", e)
try:
    os.kill(os.getpid() + 10**6, 0)
except ProcessLookupError as e:
    print("ProcessLookupError", e)
