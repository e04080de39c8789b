# Handlers run after sys.exit; the exit status is kept.
import atexit
import sys

atexit.register(print, "handler 1")
atexit.register(print, "handler 2")
print("exiting")
sys.exit(5)
