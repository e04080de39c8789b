# raise, raise from, __cause__, __context__, __suppress_context__.
def show(e):
    print(type(e).__name__, e, "| cause:", repr(e.__cause__),
          "| context:", repr(e.__context__), "| suppress:", e.__suppress_context__)
try:
    raise ValueError("plain")
except ValueError as e:
    show(e)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("during handling")
except KeyError as e:
    show(e)
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise RuntimeError("wrapped") from z
except RuntimeError as e:
    show(e)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("no context") from None
except RuntimeError as e:
    show(e)
try:
    raise TypeError("explicit cause") from OSError("os")
except TypeError as e:
    show(e)
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
try:
    raise ValueError()
except ValueError as e:
    print(repr(e))
try:
    raise 5
except TypeError as e:
    print("TypeError", e)
try:
    raise ValueError from 5
except TypeError as e:
    print("TypeError", e)
try:
    raise
except RuntimeError as e:
    print("RuntimeError", e)
e = ValueError("reused")
e.__cause__ = KeyError("k")
print(e.__suppress_context__)
class MyErr(Exception):
    pass
try:
    raise MyErr("custom", 1)
except Exception as e:
    print(type(e).__name__, e.args, str(e))
def nested_context():
    try:
        try:
            raise ValueError("first")
        except ValueError:
            raise TypeError("second")
    except TypeError:
        raise KeyError("third")
try:
    nested_context()
except KeyError as e:
    c = e
    chain = []
    while c is not None:
        chain.append(f"{type(c).__name__}({c})")
        c = c.__context__
    print(" <- ".join(chain))
