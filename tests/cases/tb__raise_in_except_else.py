# An exception raised from an else clause of try, with a finally that prints.
def convert(text):
    try:
        n = int(text)
    except ValueError:
        return None
    else:
        if n < 0:
            raise ValueError(f"negative value {n}")
        return n
    finally:
        print("converted", repr(text))

print(convert("5"))
print(convert("x"))
print(convert("-3"))
