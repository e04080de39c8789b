# Raising an exception class without arguments.
class Empty(Exception):
    pass

def f():
    raise Empty

print("calling f")
f()
