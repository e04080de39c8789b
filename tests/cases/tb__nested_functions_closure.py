# Exception from a closure called through several layers.
def make_divider(d):
    def divide(n):
        return n // d
    return divide

def apply_all(fn, values):
    return [fn(v) for v in values]

half = make_divider(2)
print(apply_all(half, [10, 20]))
zero = make_divider(0)
print(apply_all(zero, [1]))
