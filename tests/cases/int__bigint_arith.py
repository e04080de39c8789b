# Arbitrary precision arithmetic: products, division, modulo signs, pow.
a = 2 ** 200 + 12345
b = 3 ** 100 - 7
print(a + b)
print(a - b)
print(a * b)
print(a // b, a % b, divmod(a, b))
print(-a // b, -a % b, a // -b, a % -b)
print(a / b)
print(pow(a, 3) == a * a * a)
print(pow(3, 10 ** 5, 10 ** 9 + 7), pow(2, -1, 7), pow(38, -1, 97), pow(5, 0, 1))
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError", e)
try:
    pow(2, 2, 0)
except ValueError as e:
    print("ValueError", e)
print(pow(-3, 3, 5), pow(3, 3, -5), pow(2, 0.5))
fact = 1
for i in range(1, 60):
    fact *= i
print(fact, len(str(fact)))
print(str(7 ** 77)[::7])
print(int(str(10 ** 100 + 1)[::-1]))
print(-(10 ** 30) // 7, -(10 ** 30) % 7, (10 ** 30) // -7)
print(abs(-(2 ** 90)), -(2 ** 90) < -(2 ** 89), 2 ** 90 > 2 ** 90 - 1)
print((2 ** 64) == 2.0 ** 64, 2 ** 53 + 1 == float(2 ** 53 + 1), 10 ** 20 < 1e21)
print(2 ** 1000 > 1e308, float(2 ** 1000) if False else "skip", (2 ** 63) * -1)
try:
    float(2 ** 1024)
except OverflowError as e:
    print("OverflowError", e)
try:
    2 ** 10000 / 3
except OverflowError as e:
    print("OverflowError", e)
print((2 ** 100) / (2 ** 99), (10 ** 40) / (10 ** 38), 7 // 2, -7 // 2)
try:
    1 // 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    1 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    divmod(10 ** 30, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    1 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
import math
print(math.gcd(2 ** 100, 6 ** 50), math.lcm(12, 18), math.isqrt(10 ** 40 + 5), math.factorial(25))
print(math.comb(60, 30), math.perm(10, 3), (10 ** 18 + 1) * (10 ** 18 - 1))
