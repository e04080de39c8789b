# atexit: handlers registered while exiting do not run, unregister during
# the run, SystemExit in a handler is reported and the status stays 0.
import atexit, sys
def h1(): print("h1")
class Exiter:
    def __repr__(self): return '<Exiter>'
    def __call__(self): sys.exit(3)
h2 = Exiter()
def h3(): atexit.register(print, "registered during exit")
def h4(): atexit.unregister(h1)
atexit.register(h1)
atexit.register(h2)
atexit.register(h3)
atexit.register(h4)
print("main")
