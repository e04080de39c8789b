# time.time/monotonic/perf_counter/process_time types and ordering; sleep durations.
import time
t0, m0, p0 = time.time(), time.monotonic(), time.perf_counter()
print(type(t0).__name__, type(m0).__name__, type(p0).__name__, type(time.time_ns()).__name__)
print(t0 > 1.6e9, time.time_ns() > 1.6e18, type(time.monotonic_ns()).__name__, type(time.perf_counter_ns()).__name__)
time.sleep(0.05)
m1, p1 = time.monotonic(), time.perf_counter()
print("monotonic advanced >= 0.04:", m1 - m0 >= 0.04, "perf advanced:", p1 - p0 >= 0.04)
print("not absurdly long:", m1 - m0 < 5)
time.sleep(0)
time.sleep(0.001)
for bad in [-1, "1", None]:
    try:
        time.sleep(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
vals = [time.monotonic() for _ in range(100)]
print("monotonic non-decreasing:", all(a <= b for a, b in zip(vals, vals[1:])))
print(type(time.process_time()).__name__, time.process_time() >= 0, type(time.thread_time()).__name__)
info = time.get_clock_info("monotonic")
print(info.monotonic, info.adjustable, type(info.resolution).__name__)
print(time.get_clock_info("time").adjustable, time.get_clock_info("perf_counter").monotonic)
try:
    time.get_clock_info("nope")
except ValueError as e:
    print("ValueError", e)
