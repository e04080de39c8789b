# Assignment expression to an attribute is invalid.
class C:
    pass
c = C()
if (c.x := 5):
    print(c.x)
