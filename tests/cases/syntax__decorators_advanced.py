# Decorators: with arguments, on methods, class decorators returning new classes, order of application.
order = []
def mark(tag):
    order.append(f"factory {tag}")
    def deco(f):
        order.append(f"apply {tag}")
        f.tags = getattr(f, "tags", []) + [tag]
        return f
    return deco
@mark("outer")
@mark("inner")
def target():
    return "target"
print(order, target.tags)
def counted(f):
    def wrapper(*a, **k):
        wrapper.calls += 1
        return f(*a, **k)
    wrapper.calls = 0
    return wrapper
class Svc:
    @counted
    def ping(self):
        return "pong"
    @property
    @counted
    def prop(self):
        return "prop"
s = Svc()
print(s.ping(), s.ping(), Svc.ping.calls, s.prop, Svc.prop.fget.calls)
def singleton(cls):
    instances = {}
    def get(*a):
        if cls not in instances:
            instances[cls] = cls(*a)
        return instances[cls]
    return get
@singleton
class Config:
    def __init__(self, v): self.v = v
print(Config(1).v, Config(2).v, Config(1) is Config(3))
def add_method(cls):
    cls.extra = lambda self: f"extra on {type(self).__name__}"
    return cls
@add_method
class Plain: pass
print(Plain().extra())
import functools
def retry(times):
    def deco(f):
        @functools.wraps(f)
        def run(*a):
            for attempt in range(times):
                try:
                    return f(*a, attempt)
                except ValueError as e:
                    print("retrying after", e)
            return "gave up"
        return run
    return deco
@retry(3)
def flaky(x, attempt):
    if attempt < 2:
        raise ValueError(f"attempt {attempt}")
    return f"ok {x} on attempt {attempt}"
print(flaky("job"), flaky.__name__)
