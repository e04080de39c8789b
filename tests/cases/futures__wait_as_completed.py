# wait() with FIRST_COMPLETED/FIRST_EXCEPTION/ALL_COMPLETED and timeouts; as_completed.
from concurrent.futures import (ThreadPoolExecutor, wait, as_completed, FIRST_COMPLETED,
                                FIRST_EXCEPTION, ALL_COMPLETED, TimeoutError as FTimeout)
import threading, time
gate = threading.Event()
def slow(v):
    gate.wait(5)
    return v
def quick(v):
    return v
def bad(v):
    raise ValueError(v)
with ThreadPoolExecutor(max_workers=4) as ex:
    fs = [ex.submit(slow, 1), ex.submit(quick, 2), ex.submit(slow, 3)]
    done, not_done = wait(fs, return_when=FIRST_COMPLETED)
    print(sorted(f.result() for f in done), len(not_done) >= 1)
    gate.set()
    done, not_done = wait(fs, return_when=ALL_COMPLETED)
    print(sorted(f.result() for f in done), len(not_done))
gate.clear()
with ThreadPoolExecutor(max_workers=4) as ex:
    fs = [ex.submit(slow, 1), ex.submit(bad, "boom"), ex.submit(slow, 2)]
    done, not_done = wait(fs, return_when=FIRST_EXCEPTION)
    print([str(f.exception()) for f in done if f.exception()], len(not_done))
    done, not_done = wait(fs, timeout=0.01)
    print("timeout wait:", len(done), len(not_done))
    gate.set()
with ThreadPoolExecutor(max_workers=4) as ex:
    fs = {ex.submit(quick, i): i for i in range(8)}
    out = sorted(fs[f] * 10 for f in as_completed(fs))
    print(out)
gate.clear()
with ThreadPoolExecutor(max_workers=2) as ex:
    fs = [ex.submit(slow, 1)]
    try:
        for f in as_completed(fs, timeout=0.01):
            print("unexpected")
    except FTimeout as e:
        print("as_completed TimeoutError:", e)
    gate.set()
print(wait([], return_when=ALL_COMPLETED))
finished = [f for f in as_completed([])]
print(finished)
