# raise ... from None hides the context.
def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise LookupError(f"no entry for {k}") from None

print(lookup({"a": 1}, "a"))
lookup({"a": 1}, "b")
