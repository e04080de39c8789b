# Dedent to a level that matches no outer block.
def f():
        x = 1
    return x
