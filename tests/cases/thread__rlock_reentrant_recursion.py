# RLock used by recursive functions across threads; Condition built on RLock.
import threading
rlock = threading.RLock()
shared = []
def recursive(n, tag):
    with rlock:
        shared.append((tag, n))
        if n > 0:
            recursive(n - 1, tag)
ts = [threading.Thread(target=recursive, args=(3, t)) for t in "abc"]
for t in ts: t.start()
for t in ts: t.join()
runs = {}
for tag, n in shared:
    runs.setdefault(tag, []).append(n)
print(sorted(runs.items()))
blocks = [shared[i:i + 4] for i in range(0, len(shared), 4)]
print("each recursion ran without interleaving:", all(len({tag for tag, _ in b}) == 1 for b in blocks))
cond = threading.Condition(threading.RLock())
state = {"ready": False}
def waiter(out):
    with cond:
        with cond:
            cond.wait_for(lambda: state["ready"])
            out.append("woke")
out = []
w = threading.Thread(target=waiter, args=(out,))
w.start()
with cond:
    state["ready"] = True
    cond.notify_all()
w.join()
print(out)
print(repr(rlock).startswith("<unlocked _thread.RLock object owner=0 count=0 at"))
rlock.acquire(); rlock.acquire()
print("count 2:", "count=2" in repr(rlock))
rlock.release(); rlock.release()
