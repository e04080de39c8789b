# assert with and without messages, evaluated lazily.
assert True
assert 1 == 1, "never shown"
try:
    assert False
except AssertionError as e:
    print("AssertionError", repr(e), e.args)
try:
    assert 1 > 2, "one is not greater"
except AssertionError as e:
    print("AssertionError", e)
try:
    assert [], ["list", "message"]
except AssertionError as e:
    print("AssertionError", e.args)
calls = []
def msg():
    calls.append(1)
    return "computed"
assert True, msg()
print("lazy message calls:", calls)
try:
    assert None, msg()
except AssertionError as e:
    print(e, calls)
def check(n):
    assert isinstance(n, int), f"expected int, got {type(n).__name__}"
    assert n >= 0, n
    return n * 2
for v in [3, -1, "x"]:
    try:
        print(check(v))
    except AssertionError as e:
        print("failed:", e)
print(__debug__)
try:
    tup = (1, 2)
    assert tup
    print("tuple is truthy")
except AssertionError:
    print("no")
class Falsy:
    def __bool__(self):
        return False
try:
    assert Falsy(), "Falsy object"
except AssertionError as e:
    print(e)
try:
    raise AssertionError("manual", 2)
except AssertionError as e:
    print(e, e.args)
print(issubclass(AssertionError, Exception))
