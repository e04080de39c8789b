# Credentials, priorities, confstr/pathconf, getrandom, sendfile.
import os
print(os.getresuid() == (os.getuid(), os.geteuid(), os.getuid()) or True, len(os.getresgid()))
print(os.getpriority(os.PRIO_PROCESS, 0) >= -20, os.sched_yield(), os.confstr("CS_PATH"), os.pathconf("/", "PC_NAME_MAX"), os.fpathconf(0, "PC_PIPE_BUF") > 0 or True)
print(len(os.getrandom(8)), os.ctermid(), os.uname_result, os.times_result, os.CLD_EXITED, os.ST_NOSUID)
for f, a in [(os.confstr, ("NOPE",)), (os.pathconf, ("/nonexistent_pyrite_dir", "PC_NAME_MAX")), (os.setuid, (-2,)), (os.sched_setaffinity, (0, [-1])), (os.getrandom, (-1,)), (os.setgroups, ([1.5],))]:
    try:
        f(*a)
    except Exception as e:
        print(f.__name__, type(e).__name__, e)
p = "/tmp/pyrite_sf_%d" % os.getpid()
with open(p, "wb") as f:
    f.write(b"0123456789")
i = os.open(p, os.O_RDONLY); o = os.open(p + "2", os.O_WRONLY | os.O_CREAT, 0o600)
print(os.sendfile(o, i, 2, 5), os.sendfile(o, i, None, 3))
os.close(i); os.close(o)
print(open(p + "2", "rb").read())
os.unlink(p); os.unlink(p + "2")
os.sched_setaffinity(0, os.sched_getaffinity(0))
