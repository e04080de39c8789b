# Three exceptions chained implicitly, then one explicit cause: the full chain is printed.
def step3():
    raise KeyError("missing")

def step2():
    try:
        step3()
    except KeyError:
        raise ValueError("invalid state")

def step1():
    try:
        step2()
    except ValueError as e:
        raise RuntimeError("operation failed") from e

print("begin")
step1()
