# An uncaught ExceptionGroup: the nested box-drawing traceback format.
def task(n):
    if n % 2:
        raise ValueError(f"odd {n}")
    return n

def run_all():
    errors = []
    for n in range(4):
        try:
            task(n)
        except ValueError as e:
            errors.append(e)
    raise ExceptionGroup("tasks failed", errors)

run_all()
