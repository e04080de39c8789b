# except with tuples of types, nested try/finally, else without exception, name unbinding, bare raise.
def multi(v):
    try:
        if v == 0:
            raise KeyError("k")
        if v == 1:
            raise IndexError("i")
        if v == 2:
            raise TypeError("t")
        return "ok"
    except (KeyError, IndexError) as e:
        return f"tuple {type(e).__name__} {e}"
    except Exception as e:
        return f"generic {type(e).__name__} {e}"
for v in range(4):
    print(multi(v))
try:
    try:
        raise ValueError("inner")
    finally:
        print("inner finally")
except ValueError as e:
    print("outer caught", e)
try:
    pass
except:
    print("no")
else:
    print("else without exception")
def name_cleared():
    try:
        raise ValueError
    except ValueError as err:
        pass
    try:
        err
    except NameError as e2:
        return "err unbound: " + str(e2)
print(name_cleared())
def reraise():
    try:
        1 / 0
    except ZeroDivisionError:
        raise
try:
    reraise()
except ZeroDivisionError as e:
    print("re-raised", e)
x = 0
try:
    x = 1
finally:
    x += 10
print(x)
