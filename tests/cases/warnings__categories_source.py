import warnings
warnings.simplefilter("always")
class Res: pass
r = Res()
warnings.warn("unclosed thing", ResourceWarning, source=r)
warnings.warn("plain", ResourceWarning)
with warnings.catch_warnings(record=True) as log:
    warnings.warn("rec", ResourceWarning, source=r)
print(log[0].source is r, log[0].line, log[0].file)
print(warnings.formatwarning("m", UserWarning, "nofile", 1, None))
def outer():
    def inner():
        warnings.warn("deep", stacklevel=3)
    inner()
outer()
warnings.warn("neg stacklevel", stacklevel=0)
warnings.warn("big", stacklevel=99)
warnings.warn(Warning("base warning"))
warnings.warn("bytes warning", BytesWarning)
warnings.warn("future", FutureWarning)
warnings.warn("pending", PendingDeprecationWarning)
warnings.warn("import", ImportWarning)
warnings.warn("encoding", EncodingWarning)
warnings.warn("unicode", UnicodeWarning)
warnings.warn("runtime", RuntimeWarning)
warnings.warn("syntax", SyntaxWarning)
warnings.warn(123)
