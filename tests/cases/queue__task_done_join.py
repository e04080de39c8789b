# task_done/join with worker threads; unfinished_tasks; too many task_done calls.
import queue, threading
q = queue.Queue()
results = []
lock = threading.Lock()
def worker():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        with lock:
            results.append(item * item)
        q.task_done()
ws = [threading.Thread(target=worker) for _ in range(4)]
for w in ws: w.start()
for i in range(100):
    q.put(i)
q.join()
print("joined:", len(results), sum(results), q.unfinished_tasks)
for _ in ws: q.put(None)
for w in ws: w.join()
print(q.unfinished_tasks, q.empty())
try:
    q.task_done()
except ValueError as e:
    print("ValueError", e)
q2 = queue.Queue()
q2.put("x")
q2.get()
done = threading.Event()
def joiner():
    q2.join()
    done.set()
t = threading.Thread(target=joiner); t.start()
print("joiner finished early:", done.wait(0.05))
q2.task_done()
t.join()
print("joiner finished:", done.is_set())
