# Exception in a call nested inside a larger expression.
import math
def hyp(a, b):
    return math.sqrt(a * a + b * b)

def area(r):
    return math.pi * math.sqrt(r) * hyp(1, 2)

print(round(area(4), 3))
print(area(-1))
