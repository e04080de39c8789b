# Floor division and modulo for all sign combinations, true division precision.
for a in [7, -7, 0, 1, -1, 10 ** 20 + 3, -(10 ** 20 + 3)]:
    for b in [2, -2, 3, -3, 10 ** 10]:
        print(f"{a} {b}: {a // b} {a % b} {divmod(a, b)} {a / b!r}")
print(1 / 3, 2 / 3, 10 / 4, -10 / 4, 10 ** 20 / 10 ** 10, (10 ** 40 + 1) / 10 ** 20)
print(2 ** 1000 // 3 ** 500, 2 ** 1000 % 3 ** 500)
print(123456789 * 987654321, (2 ** 64 - 1) * (2 ** 64 - 1))
print(-(2 ** 63) // -1, (-(2 ** 63)) % -1, (2 ** 63) // 2)
print(abs(-(2 ** 63)), -(-(2 ** 63)), (2 ** 63 - 1) + 1)
print(5 // True, 5 % True, True // 2)
import math
for a, b in [(10, 3), (-10, 3), (10, -3), (-10, -3)]:
    q, r = divmod(a, b)
    print(a, b, q, r, q * b + r == a, math.fmod(a, b), math.remainder(a, b), int(a / b))
print(7 // 7, 0 // 5, -0 // 5, 5 // 10 ** 30, -5 // 10 ** 30, 10 ** 30 // 10 ** 29)
print(2 ** 62 // 3, (2 ** 62) % 3, -(2 ** 62) // 3, (-(2 ** 62)) % 3)
for a, b in [(1, 0), (0, 0), (10 ** 20, 0)]:
    try:
        a // b
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
