# resource limits and usage; os.wait3/wait4 with rusage.
import os
import resource
r = resource.getrusage(resource.RUSAGE_SELF)
print(type(r).__name__, type(r).__module__, len(r), isinstance(r.ru_utime, float), r.ru_maxrss > 0, r[2] == r.ru_maxrss)
print(resource.getrlimit(resource.RLIMIT_NOFILE) == resource.prlimit(0, resource.RLIMIT_NOFILE), resource.getpagesize())
soft, hard = resource.getrlimit(resource.RLIMIT_CORE)
resource.setrlimit(resource.RLIMIT_CORE, (0, hard))
print(resource.getrlimit(resource.RLIMIT_CORE)[0])
resource.setrlimit(resource.RLIMIT_CORE, (soft, hard))
for f, a in [(resource.getrlimit, (999,)), (resource.getrusage, (99,)), (resource.setrlimit, (resource.RLIMIT_NOFILE, (1,))),
             (resource.setrlimit, (999, (1, 1))), (resource.getrlimit, (1.5,))]:
    try:
        f(*a)
    except Exception as e:
        print(type(e).__name__, e)
print(resource.error is OSError, resource.RLIM_INFINITY, resource.RUSAGE_CHILDREN)
pid = os.fork()
if pid == 0:
    os._exit(4)
wpid, status, ru = os.wait4(pid, 0)
print(wpid == pid, os.WEXITSTATUS(status), type(ru).__name__)
pid = os.fork()
if pid == 0:
    os._exit(2)
wpid, status, ru = os.wait3(0)
print(wpid == pid, os.WEXITSTATUS(status), len(ru))
