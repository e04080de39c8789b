# A decorator that is not followed by a def or class.
def deco(f):
    return f
@deco
x = 5
