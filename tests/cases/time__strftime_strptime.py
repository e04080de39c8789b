# strftime/strptime/asctime/ctime with fixed times.
import time
t = time.gmtime(1700000000)
for fmt in ["%Y-%m-%d %H:%M:%S", "%a %A %b %B", "%d/%m/%y", "%j %U %W %w", "%I:%M %p", "%c", "%x", "%X",
            "%%", "%e" if False else "%d", "%H%M%S", "%Y%m%dT%H%M%SZ", "%G-W%V-%u", "%Z %z", "%C %g", "%D %T %R", "%n%t|"]:
    print(repr(fmt), repr(time.strftime(fmt, t)))
print(time.asctime(t), time.ctime(1700000000), time.asctime(time.gmtime(0)), time.ctime(0))
print(time.strftime("%Y", (2000, 1, 1, 0, 0, 0, 0, 1, 0)), time.strftime("%B %d", (1999, 12, 31, 0, 0, 0, 4, 365, 0)))
p = time.strptime("2024-02-29 13:45:10", "%Y-%m-%d %H:%M:%S")
print(p, time.mktime(p))
print(tuple(time.strptime("31 Dec 99", "%d %b %y")), tuple(time.strptime("Monday 7 March 2022", "%A %d %B %Y")))
print(tuple(time.strptime("10:30 PM", "%I:%M %p"))[3:5], tuple(time.strptime("2021-W01", "%Y-W%W"))[:3])
print(time.strptime("1970", "%Y")[:6], tuple(time.strptime("123", "%j"))[:3])
for s, f in [("2024-13-01", "%Y-%m-%d"), ("abc", "%Y"), ("2024-01-01 extra", "%Y-%m-%d"), ("2023-02-29", "%Y-%m-%d")]:
    try:
        time.strptime(s, f)
    except ValueError as e:
        print("ValueError", e)
try:
    time.strftime("%Y", (2000, 13, 1, 0, 0, 0, 0, 1, 0))
except ValueError as e:
    print("ValueError", e)
print(time.strftime("%Y-%m-%d", time.localtime(0)), time.strftime("%H:%M", time.localtime(3600 * 5 + 60 * 7)))
