def f():
    with a() as x, b():
        return x
