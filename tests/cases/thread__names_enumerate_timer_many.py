# Default thread names with targets, Timer ordering by delay, enumerate during activity.
import threading, time
def work():
    pass
t = threading.Thread(target=work)
print(t.name.endswith("(work)"), t.name.startswith("Thread-"))
class Sub(threading.Thread):
    pass
print(Sub().name.startswith("Thread-"), threading.Thread(name="given").name)
fired = []
lock = threading.Lock()
done = threading.Event()
def fire(tag):
    with lock:
        fired.append(tag)
        if len(fired) == 3:
            done.set()
timers = [threading.Timer(d, fire, args=(tag,)) for d, tag in [(0.3, "slow"), (0.01, "fast"), (0.15, "mid")]]
for tm in timers:
    tm.start()
done.wait(5)
for tm in timers:
    tm.join()
print(fired)
gate = threading.Event()
ws = [threading.Thread(target=gate.wait, name=f"waiter-{i}") for i in range(3)]
for w in ws: w.start()
print(sorted(x.name for x in threading.enumerate() if x.name.startswith("waiter")), threading.active_count())
gate.set()
for w in ws: w.join()
print(threading.active_count(), [x.name for x in threading.enumerate()])
t2 = threading.Thread(target=work, name="renamed-later")
t2.name = "new-name"
t2.start(); t2.join()
print(t2.name, t2.getName() if False else t2.name)
