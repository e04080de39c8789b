# TypeError from calling a constructor with wrong arguments.
class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y

v = Vector(1, 2)
print(v.x, v.y)
w = Vector(1)
