# try/except/else/finally, return/break/continue in finally.
def f(x):
    try:
        r = 10 / x
    except ZeroDivisionError as e:
        print("caught", e)
        return "except"
    else:
        print("else", r)
        return "else"
    finally:
        print("finally", x)
print(f(2))
print(f(0))
def g():
    try:
        return "try"
    finally:
        return "finally wins"
print(g())
def h():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print("body", i)
        finally:
            print("cleanup", i)
    return i
print(h())
def swallow():
    for _ in range(1):
        try:
            raise ValueError("lost")
        finally:
            break
    return "swallowed"
print(swallow())
