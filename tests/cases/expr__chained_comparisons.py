# Chained comparisons, evaluation order, short-circuit of chains.
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1, 1 == 1 != 2)
print(1 < 2 > 0, 1 <= 1 >= 1, 0 < 0 <= 0)
calls = []
def v(x):
    calls.append(x)
    return x
print(v(1) < v(2) < v(3)); print(calls); calls.clear()
print(v(3) < v(2) < v(1)); print(calls); calls.clear()
print(v(1) < v(5) > v(2) == v(2)); print(calls); calls.clear()
x = 5
print(0 < x < 10, 0 < x < 3, x in [5] in [[5]])
one = 1
print(one is one is not None, None is None is None)
print("a" < "b" < "c", [1] < [2] < [2, 0], (1, 2) < (1, 3))
print(1 < 2.5 < 3, 2 == 2.0 == 2+0j)
try:
    print(1 < "a" < 2)
except TypeError as e:
    print("TypeError", e)
try:
    print([] < ())
except TypeError as e:
    print("TypeError", e)
try:
    print(None > 1)
except TypeError as e:
    print("TypeError", e)
try:
    print({} <= {})
except TypeError as e:
    print("TypeError", e)
print({1} <= {1, 2} < {1, 2, 3})
print(not 1 < 2, not (1 > 2))
a = b = [1]
print(a is b, a == [1], a is not [1])
print(float("nan") == float("nan"), float("nan") != float("nan"))
n = float("nan")
print(n in [n], n == n, [n] == [n])
print(1 < 2 == True, (1 < 2) == True)
print(0 == False, 1 == True, 2 == True, "" == False)
print(sorted([3, 1, 2]) == [1, 2, 3] != [3, 2, 1])
