# An exception message with non-ASCII text.
def greet(name):
    if not name:
        raise ValueError("имя не может быть пустым — ñ ü 日本")
    return "hi " + name

print(greet("Zoë"))
greet("")
