# Subclassing Thread and overriding run(); results gathered after join.
import threading
class Summer(threading.Thread):
    def __init__(self, start_, stop):
        super().__init__(name=f"summer-{start_}")
        self.range = range(start_, stop)
        self.total = None
    def run(self):
        self.total = sum(self.range)
workers = [Summer(i * 1000, (i + 1) * 1000) for i in range(8)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print([w.total for w in workers], sum(w.total for w in workers) == sum(range(8000)))
print([w.name for w in workers])
class Forgot(threading.Thread):
    def __init__(self):
        pass
try:
    Forgot().start()
except RuntimeError as e:
    print("RuntimeError", e)
class WithTarget(threading.Thread):
    def run(self):
        print("custom run ignores target:", self._target is not None)
t = WithTarget(target=lambda: print("never"))
t.start(); t.join()
class Recorder(threading.Thread):
    log = []
    lock = threading.Lock()
    def run(self):
        for i in range(3):
            with self.lock:
                Recorder.log.append((self.name, i))
rs = [Recorder(name=f"r{i}") for i in range(4)]
for r in rs: r.start()
for r in rs: r.join()
print(sorted(Recorder.log))
print(len(Recorder.log))
