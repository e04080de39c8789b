import subprocess, sys, os
print(subprocess.run(["echo", "hi"], capture_output=True))
print(subprocess.run("echo $((1+2)); echo err >&2", shell=True, capture_output=True, text=True))
print(subprocess.call(["true"]), subprocess.call("exit 3", shell=True))
print(subprocess.check_output(["printf", "a\r\nb"], text=True).__repr__())
try:
    subprocess.check_call(["false"])
except subprocess.CalledProcessError as e:
    print(e, e.returncode, e.cmd)
try:
    subprocess.run(["nosuch"])
except FileNotFoundError as e:
    print(e)
try:
    subprocess.run(["ls"], cwd="/nonexistent")
except FileNotFoundError as e:
    print(e)
try:
    subprocess.run(["sh", "-c", "kill -9 $$"], check=True)
except subprocess.CalledProcessError as e:
    print(e)
print(subprocess.getoutput("echo one; echo two"), subprocess.getstatusoutput("echo x; exit 2"))
p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
print(p.communicate(b"data"), p.returncode)
r = subprocess.run(["sh", "-c", "echo $FOO; pwd"], env={"FOO": "bar", "PATH": os.environ["PATH"]}, cwd="/tmp", stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
print(r.stdout, r.returncode)
print(subprocess.run(["cat"], input=b"x", stdout=subprocess.DEVNULL).stdout)
with subprocess.Popen(["sleep", "10"]) as p:
    p.terminate()
print(p.returncode)
p = subprocess.Popen(["sleep", "10"]); p.kill(); print(p.wait())
print(subprocess.run(["sh", "-c", "echo $$ >/dev/null; ls /proc/self/fd | wc -l"], capture_output=True, text=True).stdout.strip())
r, w = os.pipe()
p = subprocess.Popen(["sh", "-c", "echo passed >&%d" % w], pass_fds=[w]); p.wait(); os.close(w); print(os.read(r, 100))
try:
    subprocess.check_output(["sh", "-c", "echo out; exit 5"])
except subprocess.CalledProcessError as e:
    print(e.output, e.stdout, e.returncode)
print(subprocess.CompletedProcess(["a"], 0))
p = subprocess.Popen(["sleep", "2"])
try:
    p.wait(timeout=0.1)
except subprocess.TimeoutExpired as e:
    print(e)
p.kill(); p.wait()
p = subprocess.Popen(["sh", "-c", "echo start; sleep 1; echo end"], stdout=subprocess.PIPE)
try:
    p.communicate(timeout=0.3)
except subprocess.TimeoutExpired as e:
    print("timeout", e)
print(p.communicate())
print(subprocess.run(["echo", "x"], preexec_fn=lambda: None, capture_output=True).stdout)
def bad(): raise ValueError
try:
    subprocess.run(["echo"], preexec_fn=bad)
except subprocess.SubprocessError as e:
    print(type(e).__name__, e)
try:
    subprocess.run(["/etc/passwd"])
except PermissionError as e:
    print(e)
# errors raised by run()/Popen arguments
for kw in [dict(input=b"x", stdin=subprocess.PIPE), dict(capture_output=True, stdout=subprocess.PIPE)]:
    try:
        subprocess.run(["true"], **kw)
    except ValueError as e:
        print("ValueError", e)
try:
    subprocess.check_output(["true"], stdout=subprocess.PIPE)
except ValueError as e:
    print("ValueError", e)
try:
    subprocess.run(["sleep", "5"], timeout=0.2)
except subprocess.TimeoutExpired as e:
    print("TimeoutExpired", e.cmd, type(e.timeout).__name__)
print(str(subprocess.TimeoutExpired(["x"], 1.5)), str(subprocess.CalledProcessError(-15, "cmd")), str(subprocess.CalledProcessError(-99, "cmd")))
print(subprocess.PIPE, subprocess.STDOUT, subprocess.DEVNULL)
# large output on both pipes at once
r = subprocess.run(["sh", "-c", "head -c 300000 /dev/zero; head -c 200000 /dev/zero >&2"], capture_output=True)
print(len(r.stdout), len(r.stderr))
p = subprocess.Popen(["sh", "-c", "read x; echo got $x"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
print(p.communicate("line\n"))
print(subprocess.run("echo $0", shell=True, capture_output=True, text=True, executable="/bin/sh").stdout)
with open("/dev/null", "w") as dn:
    print(subprocess.call(["echo", "silent"], stdout=dn))
print(subprocess.run(["sh", "-c", "echo a; echo b >&2"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT).stdout)
