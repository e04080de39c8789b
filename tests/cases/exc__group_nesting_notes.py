# ExceptionGroup nesting, split with predicates, except* with multiple types, notes on groups.
eg = ExceptionGroup("top", [
    ValueError("v"),
    ExceptionGroup("mid", [TypeError("t"), ExceptionGroup("deep", [ValueError("v2"), OSError("o")])]),
    KeyError("k"),
])
def flat(e):
    if isinstance(e, BaseExceptionGroup):
        return [x for sub in e.exceptions for x in flat(sub)]
    return [repr(e)]
print(flat(eg))
vals, rest = eg.split(ValueError)
print(flat(vals), flat(rest))
print(vals.message, [type(x).__name__ for x in vals.exceptions])
m, r = eg.split(lambda e: isinstance(e, (KeyError, OSError)))
print(flat(m), flat(r))
try:
    raise eg
except* (ValueError, KeyError) as g:
    print("VK", flat(g))
except* OSError as g:
    print("OS", flat(g))
except* TypeError as g:
    print("T", flat(g))
eg2 = ExceptionGroup("annotated", [ValueError("x")])
eg2.add_note("note on the group")
print(eg2.__notes__, str(eg2), repr(eg2))
try:
    try:
        raise ExceptionGroup("re", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
except ExceptionGroup as e:
    print("re-raised:", flat(e))
def handler():
    status = "unhandled"
    try:
        raise ExceptionGroup("g", [ValueError("a")])
    except* ValueError as g:
        status = "handled"
    return status
print(handler())
print(BaseExceptionGroup("b", [ValueError()]).__class__.__name__, isinstance(eg, Exception))
try:
    raise ExceptionGroup("only", [KeyError("z")])
except* KeyError as g:
    print(type(g).__name__, g.message, g.exceptions)
