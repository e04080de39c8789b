# contextlib: contextmanager, suppress, ExitStack, closing, nullcontext; exceptions in them.
import contextlib
@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except ValueError as e:
        print(f"handled inside {name}: {e}")
    finally:
        print(f"</{name}>")
with tag("a") as t:
    print("body", t)
with tag("b"):
    raise ValueError("swallowed by generator")
print("continued")
try:
    with tag("c"):
        raise KeyError("propagates")
except KeyError as e:
    print("outer caught", e)
with contextlib.suppress(FileNotFoundError, KeyError):
    {}["missing"]
print("suppress worked")
with contextlib.ExitStack() as stack:
    for n in ["x", "y", "z"]:
        stack.enter_context(tag(n))
    stack.callback(print, "callback runs first")
    print("in exit stack")
class Closeable:
    def close(self):
        print("closed")
with contextlib.closing(Closeable()):
    print("using closeable")
with contextlib.nullcontext("value") as v:
    print(v)
@contextlib.contextmanager
def bad():
    yield
    yield
try:
    with bad():
        pass
except RuntimeError as e:
    print("RuntimeError", e)
@contextlib.contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError", e)
@tag("decorated")
def decorated():
    print("function body")
decorated()
class Reentrant(contextlib.ContextDecorator):
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, *exc):
        print("exit", exc[0])
        return False
@Reentrant()
def fn():
    return "ret"
print(fn())
