# Operator precedence and associativity.
print(2 + 3 * 4, (2 + 3) * 4, 2 ** 3 ** 2, (2 ** 3) ** 2)
print(-2 ** 2, (-2) ** 2, 2 ** -1, -2 ** -2)
print(10 - 4 - 3, 10 - (4 - 3), 100 / 10 / 5, 2 * 3 % 4)
print(7 // 2 * 2, 7 % 3 ** 2, -7 // 2, -7 % 2, 7 // -2, 7 % -2)
print(1 + 2 << 3, 1 << 2 + 1, 16 >> 2 >> 1)
print(5 & 3 | 8, 5 | 3 & 1, 6 ^ 3 & 5, ~0 & 0xff)
print(1 | 2 == 3, (1 | 2) == 3)
print(not 1 == 2, not 1 + 1)
print(1 + 2 if False else 3 + 4)
print(-3 * -3, +-+-1, --5, ~~7, -~5, ~-5)
print(2 * -3, 2 ** -2 * 4)
print(3 < 4 and 5 > 6 or True)
print(True or False and False, (True or False) and False)
print(lambda: 1 if True else 2)()  if False else "lambda precedence ok"
x = [1, 2, 3]
print(x[1] ** 2, -x[0], x[-1:][0] * 2)
print(10 % 4 * 3, 10 * 4 % 3, 2 ** 2 ** 0)
print(1e3 // 7, 1e3 % 7, -1e3 // 7, divmod(-1e3, 7))
print(17 @ 1 if False else "matmul operator exists")
a, b = 7, 3
print(a + b * a - b / a ** 2 // 1 % 5)
print((a > b) + (a < b) * 10)
print(2 ** 0.5, 4 ** 0.5, (-8) ** (1 / 3))
print(0 ** 0, 0.0 ** 0, pow(0, 0))
try:
    0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(-(2 ** 63), 2 ** 64 - 1, -2 ** 100)
print(7 .bit_length(), 7.0.is_integer(), 1_0 .real)
