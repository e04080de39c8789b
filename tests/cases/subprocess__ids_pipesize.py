import subprocess, os
print(subprocess.run(["id", "-u"], user=os.getuid(), capture_output=True, text=True).stdout)
print(subprocess.run(["id", "-g"], group=os.getgid(), extra_groups=[os.getgid()], capture_output=True, text=True).stdout)
for kw in [dict(user=-1), dict(group=1.5), dict(extra_groups=[None])]:
    try: subprocess.run(["true"], **kw)
    except Exception as e: print(type(e).__name__, e)
p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, pipesize=1 << 16)
import fcntl
print(fcntl.fcntl(p.stdin.fileno(), 1032))
print(p.communicate(b"q"))
