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
print("about to raise")
raise ValueError("handled by custom hook")
