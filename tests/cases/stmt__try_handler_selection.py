# Exceptions raised in finally replace the original; handler order; dynamic exception classes.
def exc_in_finally():
    try:
        try:
            raise ValueError("first")
        finally:
            raise KeyError("second")
    except KeyError as e:
        return repr(e), repr(e.__context__)
print(exc_in_finally())
def handler_order(e):
    try:
        raise e
    except LookupError:
        return "LookupError branch"
    except KeyError:
        return "unreachable KeyError branch"
    except Exception:
        return "Exception branch"
print(handler_order(KeyError()), handler_order(IndexError()), handler_order(ValueError()))
def dynamic_handler(cls):
    try:
        raise ValueError("x")
    except cls:
        return f"caught by {cls}"
print(dynamic_handler(ValueError), dynamic_handler((KeyError, ValueError)) is not None)
try:
    dynamic_handler(KeyError)
except ValueError as e:
    print("not matched, propagated", e)
try:
    try:
        raise ValueError
    except 5:
        pass
except TypeError as e:
    print("TypeError", e)
