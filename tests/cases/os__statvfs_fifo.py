# statvfs, disk_usage, mkfifo, device numbers, load average.
import os, shutil
v = os.statvfs('/')
print(type(v).__name__, len(v), v.f_bsize > 0, v.f_namemax, isinstance(v.f_fsid, int), os.fstatvfs(0).f_bsize > 0)
u = shutil.disk_usage('/')
print(type(u).__name__, u.total >= u.used, u._fields)
print(os.major(os.makedev(8, 1)), os.minor(os.makedev(8, 1)), os.makedev(8, 1))
p = "/tmp/pyrite_fifo_%d" % os.getpid()
os.mkfifo(p)
import stat
print(stat.S_ISFIFO(os.stat(p).st_mode))
try:
    shutil.copyfile(p, p + "x")
except shutil.SpecialFileError as e:
    print("SpecialFileError", str(e).replace(p, "P"))
os.unlink(p)
print(len(os.getloadavg()), os.nice(0) >= 0)
os.sync()
try:
    os.statvfs('/nonexistent')
except FileNotFoundError as e:
    print(e)
