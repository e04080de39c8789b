# The file ends inside a block header expression.
def f(x,
