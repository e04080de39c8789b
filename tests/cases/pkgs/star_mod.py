__all__ = ["public_one", "CONST"]
CONST = 42
def public_one():
    return "public one"
def public_two():
    return "not in __all__"
_private = "private"
