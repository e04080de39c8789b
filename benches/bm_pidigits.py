"""Pi digits via the unbounded spigot algorithm (arbitrary-precision integers)."""
import sys


def gen_digits():
    q, r, t, k = 1, 0, 1, 1
    n, l = 3, 3
    while True:
        if 4 * q + r - t < n * t:
            yield n
            q, r, t, k, n, l = (10 * q, 10 * (r - n * t), t, k,
                                (10 * (3 * q + r)) // t - 10 * n, l)
        else:
            q, r, t, k, n, l = (q * k, (2 * q + r) * l, t * l, k + 1,
                                (q * (7 * k + 2) + r * l) // (t * l), l + 2)


def main(ndigits):
    digits = []
    g = gen_digits()
    for _ in range(ndigits):
        digits.append(next(g))
    s = "".join(str(d) for d in digits)
    for i in range(0, min(len(s), 100), 10):
        print("%s\t:%d" % (s[i:i + 10], i + 10))
    total = 0
    for d in digits:
        total = (total * 10 + d) % 1000000007
    print("last 20: %s" % s[-20:])
    print("digits: %d sum: %d mod: %d" % (len(digits), sum(digits), total))
    # exercise a few more big-int operations
    big = 1
    for i in range(1, 400):
        big *= i
    print("400! bits: %d  digits: %d  mod: %d" % (big.bit_length(), len(str(big)), big % 998244353))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5000)
