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
