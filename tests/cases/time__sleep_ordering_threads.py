# time.sleep releases other threads: sleepers wake in delay order; elapsed monotonic checks.
import threading, time
order = []
lock = threading.Lock()
def sleeper(delay, tag):
    time.sleep(delay)
    with lock:
        order.append(tag)
ts = [threading.Thread(target=sleeper, args=(d, tag)) for d, tag in [(0.3, "c"), (0.02, "a"), (0.15, "b")]]
start = time.monotonic()
for t in ts: t.start()
for t in ts: t.join()
elapsed = time.monotonic() - start
print(order, "concurrent (under the serial sum):", elapsed < 0.3 + 0.15 + 0.02)
busy_done = []
def busy():
    total = 0
    for i in range(200000):
        total += i
    busy_done.append(total)
b = threading.Thread(target=busy)
b.start()
time.sleep(0.001)
b.join()
print(busy_done)
t0 = time.perf_counter()
time.sleep(0.02)
print("slept at least 0.015s:", time.perf_counter() - t0 >= 0.015)
print(time.time() - time.time() <= 0, round(time.monotonic() - time.monotonic()) == 0)
