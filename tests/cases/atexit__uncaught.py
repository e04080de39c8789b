# Handlers run after an uncaught exception (status 1); os._exit skips them
# in a child.
import atexit
import os

pid = os.fork()
if pid == 0:
    atexit.register(print, "child handler: must not run")
    os._exit(7)
print("child status", os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
atexit.register(print, "handler after exception")
atexit._clear()
atexit.register(print, "kept handler")
print(atexit._ncallbacks())
raise ValueError("uncaught")
