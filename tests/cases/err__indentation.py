# Unexpected indent.
def f():
    return 1
      x = 2
