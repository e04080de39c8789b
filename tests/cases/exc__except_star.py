# ExceptionGroup and except*: splitting, nesting, re-raising, subgroup/split.
def show(eg, indent=0):
    pad = " " * indent
    print(f"{pad}{type(eg).__name__}: {eg.message!r}" if isinstance(eg, BaseExceptionGroup) else f"{pad}{type(eg).__name__}: {eg}")
    if isinstance(eg, BaseExceptionGroup):
        for sub in eg.exceptions:
            show(sub, indent + 2)
eg = ExceptionGroup("many", [ValueError("v1"), TypeError("t1"), ValueError("v2"),
                             ExceptionGroup("inner", [KeyError("k"), ValueError("v3")])])
show(eg)
print(str(eg), repr(eg.exceptions[0]))
try:
    raise eg
except* ValueError as g:
    print("caught ValueErrors:")
    show(g, 2)
except* TypeError as g:
    print("caught TypeErrors:")
    show(g, 2)
except* KeyError as g:
    print("caught KeyErrors:", [repr(e) for e in g.exceptions])
try:
    try:
        raise ExceptionGroup("partial", [ValueError("handled"), OSError("escapes")])
    except* ValueError:
        print("handled ValueError part")
except ExceptionGroup as rest:
    print("remaining:")
    show(rest, 2)
try:
    raise ValueError("naked")
except* ValueError as g:
    print("naked wrapped:", type(g).__name__, repr(g.exceptions))
match_, rest = eg.split(ValueError)
show(match_)
show(rest)
print(eg.subgroup(lambda e: isinstance(e, KeyError)).exceptions[0].exceptions)
print(eg.subgroup(ZeroDivisionError))
try:
    ExceptionGroup("empty", [])
except ValueError as e:
    print("ValueError", e)
try:
    ExceptionGroup("bad", [1])
except ValueError as e:
    print("ValueError", e)
try:
    ExceptionGroup("base", [KeyboardInterrupt()])
except TypeError as e:
    print("TypeError", e)
beg = BaseExceptionGroup("base ok", [KeyboardInterrupt()])
print(type(beg).__name__, type(BaseExceptionGroup("x", [ValueError()])).__name__)
try:
    try:
        raise ExceptionGroup("g", [TypeError("t")])
    except* TypeError:
        raise RuntimeError("raised in except*")
except RuntimeError as e:
    print("RuntimeError", e, "| context:", type(e.__context__).__name__)
except ExceptionGroup as e:
    print("wrapped:", [repr(x) for x in e.exceptions])
print(eg.derive([KeyError("d")]).message, len(eg.exceptions))
