# An uncaught KeyboardInterrupt raised by the program itself.
def long_task():
    for i in range(3):
        print("working", i)
    raise KeyboardInterrupt

long_task()
