# Converting between timestamps, struct_time and strings with fixed values; calendar module.
import time, calendar
ts = 1234567890
g = time.gmtime(ts)
print(time.strftime("%Y-%m-%d %H:%M:%S", g), calendar.timegm(g) == ts, time.mktime(g) == ts)
print(calendar.isleap(2000), calendar.isleap(1900), calendar.leapdays(1900, 2025), calendar.monthrange(2024, 2))
print(calendar.weekday(2024, 7, 4), calendar.day_name[calendar.weekday(2024, 7, 4)], calendar.month_name[7], calendar.month_abbr[12])
print(calendar.month(2024, 2))
print(calendar.monthcalendar(2023, 10)[0], len(calendar.monthcalendar(2023, 10)))
for y, m, d in [(2000, 1, 1), (2024, 2, 29), (1999, 12, 31), (2038, 1, 19)]:
    t = calendar.timegm((y, m, d, 0, 0, 0, 0, 0, 0))
    back = time.gmtime(t)
    print(y, m, d, t, (back.tm_year, back.tm_mon, back.tm_mday), back.tm_wday, back.tm_yday)
print(time.strftime("%a, %d %b %Y %H:%M:%S +0000", time.gmtime(0)))
days = (calendar.timegm((2025, 1, 1, 0, 0, 0)) - calendar.timegm((2024, 1, 1, 0, 0, 0))) // 86400
print(days)
print(calendar.firstweekday(), calendar.weekheader(3), list(calendar.day_abbr))
print(calendar.calendar(2024, m=6).splitlines()[0].strip(), calendar.monthrange(2023, 2), calendar.monthrange(2100, 2))
print([calendar.isleap(y) for y in (1600, 1700, 2020, 2023, 2400)])
print(time.gmtime(calendar.timegm((2024, 12, 31, 23, 59, 59))).tm_yday)
