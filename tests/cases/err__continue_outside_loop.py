# continue inside a function but outside any loop.
def f(items):
    if not items:
        continue
    return items
