# Custom exception hierarchies, catching by base, multiple inheritance of exceptions.
class AppError(Exception):
    """Base for app errors."""
class ConfigError(AppError):
    def __init__(self, key):
        super().__init__(f"missing config key {key!r}")
        self.key = key
class NetworkError(AppError, ConnectionError):
    pass
class RetryableError(NetworkError):
    retries = 3
def fail(kind):
    if kind == "config":
        raise ConfigError("db_url")
    if kind == "net":
        raise NetworkError("unreachable")
    if kind == "retry":
        raise RetryableError("try again")
    return "ok"
for kind in ["config", "net", "retry", "none"]:
    try:
        print(fail(kind))
    except RetryableError as e:
        print("retryable", e, e.retries)
    except ConnectionError as e:
        print("connection", type(e).__name__, e, isinstance(e, OSError))
    except AppError as e:
        print("app", type(e).__name__, e, getattr(e, "key", None))
print([c.__name__ for c in RetryableError.__mro__])
print(AppError.__doc__, issubclass(NetworkError, OSError))
class WithState(Exception):
    def __init__(self, *args, detail=None):
        super().__init__(*args)
        self.detail = detail
    def __reduce__(self):
        return (WithState, self.args, {"detail": self.detail})
w = WithState("a", "b", detail={"x": 1})
print(w.args, w.detail, str(w))
import pickle
w2 = pickle.loads(pickle.dumps(w))
print(type(w2).__name__, w2.args, w2.detail)
import copy
print(copy.copy(ValueError("copied")).args)
class Silent(Exception):
    def __str__(self):
        return ""
print(repr(str(Silent("ignored"))), repr(Silent("x")))
try:
    class NotException:
        pass
    raise NotException()
except TypeError as e:
    print("TypeError", e)
