# Traceback objects: tb_lineno, tb_frame, tb_next, frame f_lineno/f_code/f_locals; with_traceback.
import sys
def boom():
    local_var = "inside boom"
    raise ValueError("tb test")
def caller():
    boom()
try:
    caller()
except ValueError as e:
    tb = e.__traceback__
    frames = []
    while tb is not None:
        frames.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        last = tb
        tb = tb.tb_next
    print(frames)
    print(last.tb_frame.f_locals["local_var"], type(last).__name__, type(last.tb_frame).__name__)
    print(last.tb_frame.f_code.co_filename.endswith("exc__exception_attributes_traceback.py"))
try:
    try:
        raise KeyError("a")
    except KeyError as e:
        saved_tb = e.__traceback__
        raise
except KeyError as e2:
    print(e2.__traceback__ is saved_tb or e2.__traceback__.tb_lineno)
e = RuntimeError("with tb")
try:
    raise e.with_traceback(None)
except RuntimeError as r:
    print(r is e, r.__traceback__.tb_lineno)
f = sys._getframe()
print(f.f_code.co_name, f.f_lineno, f.f_back)
def frame_info():
    fr = sys._getframe(1)
    return fr.f_code.co_name, fr.f_lineno
def user():
    return frame_info()
print(user())
try:
    1 / 0
except ZeroDivisionError as z:
    z2 = z
print(z2.__traceback__.tb_lineno, z2.__traceback__.tb_next)
