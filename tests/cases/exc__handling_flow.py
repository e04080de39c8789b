# Exception propagation through frames, re-raise, exception variable scoping.
def level3():
    raise LookupError("deep")
def level2():
    try:
        level3()
    finally:
        print("level2 finally")
def level1():
    try:
        level2()
    except LookupError as e:
        print("level1 caught", e)
        return "handled"
print(level1())
def reraise_modified():
    try:
        raise ValueError("original")
    except ValueError as e:
        e.args = ("modified",)
        raise
try:
    reraise_modified()
except ValueError as e:
    print(e)
def raise_other_type():
    try:
        {}["x"]
    except KeyError as e:
        raise ValueError("converted") from e
try:
    raise_other_type()
except ValueError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)
e_outer = None
try:
    raise TypeError("t")
except TypeError as e_outer:
    saved = e_outer
print("e_outer" in dir(), repr(saved))
def catch_base():
    try:
        raise KeyboardInterrupt
    except Exception:
        return "Exception caught it"
    except BaseException as b:
        return f"BaseException caught {type(b).__name__}"
print(catch_base())
def gen_exc():
    try:
        yield 1
        raise RuntimeError("in generator")
    except RuntimeError as e:
        yield f"generator handled {e}"
print(list(gen_exc()))
def traceback_frames():
    try:
        level3()
    except LookupError as e:
        tb = e.__traceback__
        names = []
        while tb:
            names.append(tb.tb_frame.f_code.co_name)
            tb = tb.tb_next
        return names
print(traceback_frames())
import traceback
try:
    level3()
except LookupError:
    lines = traceback.format_exc().splitlines()
    print(lines[0], lines[-1])
    print(traceback.format_exception_only(LookupError, LookupError("x")))
try:
    raise ValueError("with tb")
except ValueError as e:
    print(len(traceback.extract_tb(e.__traceback__)), traceback.extract_tb(e.__traceback__)[0].name)
