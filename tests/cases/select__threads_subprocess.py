import select, threading, os, time, subprocess
r, w = os.pipe()
def writer():
    time.sleep(0.2); os.write(w, b"x")
threading.Thread(target=writer).start()
print(select.select([r], [], [], 5)[0] == [r])
p = select.poll(); p.register(r, select.POLLIN)
print(p.poll(100))
os.read(r, 1)
threading.Thread(target=writer).start()
print(p.poll(5000))
# communicate from several threads at once
res = []
def job(i):
    res.append(subprocess.run(["sh", "-c", "echo %d; sleep 0.1" % i], capture_output=True, text=True).stdout)
ts = [threading.Thread(target=job, args=(i,)) for i in range(5)]
[t.start() for t in ts]; [t.join() for t in ts]
print(sorted(res))
