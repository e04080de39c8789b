# atexit: LIFO order, arguments, decorator use, unregister, failing handler.
import atexit
import sys

def goodbye(name, adjective="nice"):
    print("Goodbye %s, it was %s to meet you." % (name, adjective))

r = atexit.register(goodbye, "Donny", "nice")
print(r is goodbye)
atexit.register(goodbye, "Alice", adjective="great")

@atexit.register
def decorated():
    print("decorated handler")

def removed():
    print("never printed")

atexit.register(removed)
atexit.register(removed)
atexit.unregister(removed)

class Failing:
    def __repr__(self):
        return "<Failing handler>"
    def __call__(self):
        raise RuntimeError("handler failed")

atexit.register(Failing())
atexit.register(print, "last registered", "runs first", sep=" | ")
try:
    atexit.register(1)
except TypeError as e:
    print("TypeError", e)
try:
    atexit.register()
except TypeError as e:
    print("TypeError", e)
print("main done")
sys.stdout.flush()
