# warnings: warn, filters, catch_warnings(record=True), categories, simplefilter error.
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("first warning")
    warnings.warn("deprecated thing", DeprecationWarning)
    warnings.warn(UserWarning("instance warning"))
    print(len(w), [(type(x.message).__name__, str(x.message), x.category.__name__) for x in w])
    print(w[0].lineno > 0, w[0].filename.endswith("exc__warnings.py"))
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("now an error", RuntimeWarning)
    except RuntimeWarning as e:
        print("RuntimeWarning raised", e)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("ignore")
    warnings.warn("ignored")
    print(len(w))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", message="skip.*")
    warnings.warn("skip me")
    warnings.warn("keep me")
    print([str(x.message) for x in w])
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("default")
    for _ in range(3):
        warnings.warn("only once per location")
    print(len(w))
print([c.__name__ for c in (Warning, UserWarning, DeprecationWarning, SyntaxWarning, RuntimeWarning,
      FutureWarning, PendingDeprecationWarning, ImportWarning, UnicodeWarning, BytesWarning, ResourceWarning)])
print(issubclass(DeprecationWarning, Warning), issubclass(Warning, Exception))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    def deprecated_api():
        warnings.warn("use new_api", DeprecationWarning, stacklevel=2)
    deprecated_api()
    print(w[0].category.__name__, str(w[0].message))
try:
    warnings.warn("bad category", int)
except TypeError as e:
    print("TypeError", e)
