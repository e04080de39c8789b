# pwd and grp databases; os.path.expanduser("~user").
import grp
import os
import pwd

root = pwd.getpwuid(0)
print(root, root.pw_name, root[2], type(root).__name__, len(root))
print(pwd.getpwnam("root") == root, root in pwd.getpwall())
g = grp.getgrgid(0)
print(g.gr_name, g.gr_gid, type(g.gr_mem), grp.getgrnam(g.gr_name) == g, type(g).__name__)
print(any(e.gr_gid == 0 for e in grp.getgrall()))
for f, a in [(pwd.getpwnam, "nosuchuser_xyz"), (pwd.getpwuid, 1234567), (grp.getgrnam, "nosuchgrp_xyz"), (grp.getgrgid, 1234567),
             (pwd.getpwuid, -1), (pwd.getpwnam, 1), (pwd.getpwuid, "x"), (grp.getgrgid, "x")]:
    try:
        f(a)
    except Exception as e:
        print(type(e).__name__, e)
print(os.path.expanduser("~root/x"), os.path.expanduser("~nosuchuser_xyz/y"), os.path.expanduser(b"~root"))
print(pwd.struct_passwd.n_sequence_fields, grp.struct_group.n_sequence_fields)
