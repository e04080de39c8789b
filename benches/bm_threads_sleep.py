"""Threads blocking in time.sleep() must overlap (sleep must release the GIL).

Part 1: 20 threading.Thread objects each sleep 0.2 s; run in parallel this takes
~0.2 s of wall time, serialised it would take 4 s.
Part 2: a concurrent.futures.ThreadPoolExecutor with 8 workers runs a blocking
sleep function (0.05 s) over 40 tasks with map() and 40 more with submit()
(~0.5 s in parallel, 4 s serial).

stdout holds only the (deterministic) number of completed tasks; the measured
wall times go to stderr.
"""
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor

N_THREADS = 20
THREAD_SLEEP = 0.2
N_TASKS = 40
POOL_WORKERS = 8
TASK_SLEEP = 0.05


def sleeper(results, lock, idx):
    time.sleep(THREAD_SLEEP)
    with lock:
        results.append(idx)


def blocking_task(i):
    time.sleep(TASK_SLEEP)
    return i * i


def part_threads():
    results = []
    lock = threading.Lock()
    threads = [threading.Thread(target=sleeper, args=(results, lock, i)) for i in range(N_THREADS)]
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return len(results), sum(results), time.perf_counter() - t0


def part_pool():
    t0 = time.perf_counter()
    with ThreadPoolExecutor(max_workers=POOL_WORKERS) as pool:
        values = list(pool.map(blocking_task, range(N_TASKS)))
        futures = [pool.submit(blocking_task, i) for i in range(N_TASKS)]
        values2 = [f.result() for f in futures]
    return len(values) + len(values2), sum(values) + sum(values2), time.perf_counter() - t0


def main():
    t0 = time.perf_counter()
    n1, s1, w1 = part_threads()
    n2, s2, w2 = part_pool()
    total = time.perf_counter() - t0
    print("threads completed: %d (sum %d)" % (n1, s1))
    print("pool tasks completed: %d (sum %d)" % (n2, s2))
    print("completed tasks: %d" % (n1 + n2))
    ideal1 = THREAD_SLEEP
    ideal2 = 2 * (N_TASKS // POOL_WORKERS) * TASK_SLEEP
    sys.stderr.write("threads: %.3f s (ideal %.3f, serial %.3f)\n"
                     % (w1, ideal1, N_THREADS * THREAD_SLEEP))
    sys.stderr.write("pool:    %.3f s (ideal %.3f, serial %.3f)\n"
                     % (w2, ideal2, 2 * N_TASKS * TASK_SLEEP))
    sys.stderr.write("wall:    %.3f s\n" % total)
    if w1 > 2 * ideal1 or w2 > 2 * ideal2:
        sys.stderr.write("WARNING: sleeps do not overlap (GIL not released in sleep?)\n")


if __name__ == "__main__":
    main()
