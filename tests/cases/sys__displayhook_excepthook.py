# sys.excepthook replaced to print uncaught exceptions to stdout; sys.displayhook with exec 'single'.
import sys
def hook(etype, value, tb):
    print("custom excepthook:", etype.__name__, value, "line", tb.tb_lineno)
sys.excepthook = hook
shown = []
sys.displayhook = lambda v: shown.append(v)
exec(compile("1 + 1", "<s>", "single"))
exec(compile("None", "<s>", "single"))
exec(compile("'text'", "<s>", "single"))
print(shown)
sys.displayhook = sys.__displayhook__
print(sys.__excepthook__ is not hook, callable(sys.__displayhook__))
import builtins
print(hasattr(builtins, "_"))
def nested_hook_check():
    return sys.excepthook is hook
print(nested_hook_check())
old_display = sys.displayhook
sys.displayhook = lambda v: print("displayed:", repr(v))
exec(compile("[1, 2]", "<s>", "single"))
exec(compile("x = 5", "<s>", "single"))
sys.displayhook = old_display
print("about to raise")
raise ValueError("handled by custom hook")
