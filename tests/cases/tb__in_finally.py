# An exception raised in a finally block replaces the original one.
def cleanup():
    raise OSError("cleanup failed")

def work():
    try:
        raise ValueError("work failed")
    finally:
        cleanup()

work()
