# datetime with fixed values: arithmetic, formatting, timezone UTC, fromtimestamp under TZ=UTC.
import datetime as dt
d = dt.datetime(2024, 2, 28, 22, 30, 15, 123456)
print(d, repr(d), d.isoformat(), d.date(), d.time(), d.weekday(), d.isoweekday(), d.isocalendar())
print(d + dt.timedelta(hours=3), d - dt.timedelta(days=60), d.replace(year=2023, microsecond=0))
print(dt.datetime(2024, 3, 1) - d, (dt.datetime(2025, 1, 1) - dt.datetime(2024, 1, 1)).days)
print(d.strftime("%A %d %B %Y %I:%M:%S %p %f"), format(d, "%Y/%m/%d"), f"{d:%H:%M}")
print(dt.datetime.strptime("2021-07-04 09:08:07", "%Y-%m-%d %H:%M:%S"))
print(dt.datetime.fromtimestamp(1700000000), dt.datetime.fromtimestamp(0, dt.timezone.utc), dt.datetime.utcfromtimestamp(86400))
print(dt.datetime(2020, 1, 1, tzinfo=dt.timezone.utc).timestamp(), dt.datetime(2020, 1, 1).timestamp())
print(dt.datetime.fromisoformat("2011-11-04T00:05:23+04:00"), dt.date.fromisoformat("2019-12-04"))
td = dt.timedelta(days=1, hours=25, minutes=61, seconds=3661, microseconds=1500000)
print(td, repr(td), td.total_seconds(), td.days, td.seconds, td.microseconds, -td, abs(-td), td * 2, td / 3, td // dt.timedelta(hours=1))
print(dt.timedelta(0), dt.timedelta(microseconds=-1), dt.timedelta(weeks=1, milliseconds=5))
print(dt.date(2024, 1, 31) + dt.timedelta(days=1), dt.date(2000, 2, 29).toordinal(), dt.date.fromordinal(730000))
tz = dt.timezone(dt.timedelta(hours=5, minutes=30), "IST")
aware = dt.datetime(2024, 6, 1, 12, 0, tzinfo=tz)
print(aware, aware.tzname(), aware.utcoffset(), aware.astimezone(dt.timezone.utc), aware.isoformat())
try:
    aware - dt.datetime(2024, 6, 1)
except TypeError as e:
    print("TypeError", e)
for bad in [lambda: dt.date(2023, 2, 29), lambda: dt.datetime(2024, 1, 1, 24), lambda: dt.time(12, 60)]:
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)
print(dt.date.min, dt.date.max, dt.datetime.min, dt.timedelta.max, dt.time(23, 59, 59, 999999))
print(sorted([dt.date(2024, 5, 1), dt.date(2023, 1, 1), dt.date(2024, 1, 1)]), dt.date(2024, 1, 1) < dt.date(2024, 1, 2))
