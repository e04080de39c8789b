# return inside an except* block is a syntax error.
def f():
    try:
        pass
    except* ValueError:
        return 1
