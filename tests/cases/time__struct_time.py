# gmtime/localtime/mktime/struct_time with fixed timestamps (TZ=UTC from the harness).
import time
for ts in [0, 86399, 951782400, 1700000000, 2147483647, 4102444800, -86400, 1e9 + 0.75]:
    g = time.gmtime(ts)
    print(ts, tuple(g), g.tm_zone, g.tm_gmtoff)
lt = time.localtime(1700000000)
print(lt, lt.tm_year, lt.tm_mon, lt.tm_mday, lt.tm_hour, lt.tm_min, lt.tm_sec, lt.tm_wday, lt.tm_yday, lt.tm_isdst)
print(time.mktime(lt), time.mktime((2024, 2, 29, 12, 0, 0, 0, 0, 0)), time.mktime(time.gmtime(0)))
print(time.timezone, time.altzone, time.daylight, time.tzname)
st = time.struct_time((2020, 1, 2, 3, 4, 5, 3, 2, 0))
print(st, st[0], st[-1], len(st), st[:3], type(st).__name__)
try:
    time.struct_time((1, 2))
except TypeError as e:
    print("TypeError", e)
try:
    time.gmtime(1e20)
except (OverflowError, OSError, ValueError) as e:
    print(type(e).__name__, e)
print(time.gmtime(0) == time.gmtime(0), time.gmtime(59.999).tm_sec, time.localtime(0).tm_zone)
print(time.mktime((1970, 1, 1, 0, 0, 0, 0, 1, -1)), time.mktime((2000, 13, 1, 0, 0, 0, 0, 0, 0)))
print(time.gmtime(1234567890.5), time.gmtime(-1))
