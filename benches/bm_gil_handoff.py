"""GIL hand-off between CPU-bound threads.

The same counting work is done twice: once by two threads running concurrently,
once serially in the main thread. With a GIL the threaded run cannot be faster,
but a fair, cheap hand-off keeps it close to the serial time (ratio ~1).
A ratio far above 1 points at convoy effects or costly switching.

stdout holds the checksums (deterministic); timings and the ratio go to stderr.
"""
import sys
import threading
import time

N = 1500000


def count(n, start):
    total = 0
    i = 0
    x = start
    while i < n:
        x = (x * 1103515245 + 12345) & 0xFFFFFFF
        total += x & 0xFF
        i += 1
    return total


def worker(out, idx, n, start):
    out[idx] = count(n, start)


def threaded(n):
    out = [None, None]
    ts = [threading.Thread(target=worker, args=(out, k, n, k + 1)) for k in range(2)]
    t0 = time.perf_counter()
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    return out, time.perf_counter() - t0


def serial(n):
    t0 = time.perf_counter()
    out = [count(n, 1), count(n, 2)]
    return out, time.perf_counter() - t0


def main(n):
    res_t, wall_t = threaded(n)
    res_s, wall_s = serial(n)
    print("threaded checksums: %d %d" % (res_t[0], res_t[1]))
    print("serial checksums:   %d %d" % (res_s[0], res_s[1]))
    print("match: %s" % (res_t == res_s))
    sys.stderr.write("threaded %.3f s  serial %.3f s  ratio threaded/serial %.2f\n"
                     % (wall_t, wall_s, wall_t / wall_s))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else N)
