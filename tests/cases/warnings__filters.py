import warnings, sys
def show(message, category, filename, lineno, file=None, line=None):
    print("shown:", category.__name__, message, lineno)
warnings.showwarning = show
warnings.resetwarnings()
warnings.filterwarnings("error", message="fatal")
warnings.filterwarnings("ignore", message=r"skip\d+")
warnings.filterwarnings("always", category=RuntimeWarning)
warnings.filterwarnings("ignore", module="other_mod")
warnings.simplefilter("once", category=SyntaxWarning, append=True)
for f in warnings.filters:
    print(f[0], f[1], f[2].__name__, f[3], f[4])
for msg in ["fatal: disk", "FATAL upper", "skip12", "skipx", "normal"]:
    try:
        warnings.warn(msg)
    except UserWarning as e:
        print("raised:", e)
for i in range(2):
    warnings.warn("rt", RuntimeWarning)
    warnings.warn("syn", SyntaxWarning)
    warnings.warn("plain")
warnings.warn_explicit("from other", UserWarning, "o.py", 1, module="other_mod")
warnings.warn_explicit("from other2", UserWarning, "o.py", 2, module="other_modx")
warnings.resetwarnings()
warnings.simplefilter("default")
warnings.filterwarnings("error", lineno=31)
try:
    warnings.warn("line 31")
except UserWarning as e: print("raised:", e)
warnings.warn("line 33")
class MyWarning(UserWarning):
    pass
warnings.simplefilter("error", MyWarning)
try:
    warnings.warn("mine", MyWarning)
except MyWarning as e:
    print("raised:", type(e).__name__, e.args)
warnings.warn(MyWarning("instance form")) if False else None
warnings.simplefilter("ignore", MyWarning)
warnings.warn("mine ignored", MyWarning)
print(len(warnings.filters), warnings.filters[0][0], warnings.filters[0][2].__name__)
warnings.simplefilter("ignore", MyWarning)
print(len(warnings.filters))
warnings.simplefilter("always", append=True)
print(warnings.filters[-1][0])
def lib():
    warnings.warn("called from lib", DeprecationWarning, stacklevel=2)
def api():
    lib()
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    api()
    lib()
    print([(str(w.message), w.lineno, w.category.__name__) for w in log])
with warnings.catch_warnings(action="ignore"):
    warnings.warn("hidden by action")
with warnings.catch_warnings(record=True, action="error", category=RuntimeWarning) as log:
    try:
        warnings.warn("rte", RuntimeWarning)
    except RuntimeWarning as e:
        print("raised:", e)
print(warnings.showwarning is show, warnings.formatwarning("m", FutureWarning, "f", 1, ""))
