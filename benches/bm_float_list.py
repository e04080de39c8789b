"""Float and list workload: matrix multiply, LU-style elimination, sorting, list ops."""
import sys


class Rng(object):
    def __init__(self, seed):
        self.state = seed

    def random(self):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
        return (self.state >> 11) / 9007199254740992.0


def make_matrix(rng, n, m):
    return [[rng.random() - 0.5 for _ in range(m)] for _ in range(n)]


def transpose(a):
    return [list(col) for col in zip(*a)]


def matmul(a, b):
    bt = transpose(b)
    return [[sum(x * y for x, y in zip(row, col)) for col in bt] for row in a]


def matmul_loops(a, b):
    n = len(a)
    m = len(b[0])
    k = len(b)
    c = [[0.0] * m for _ in range(n)]
    for i in range(n):
        ai = a[i]
        ci = c[i]
        for p in range(k):
            aip = ai[p]
            bp = b[p]
            for j in range(m):
                ci[j] += aip * bp[j]
    return c


def solve(a, rhs):
    """Gaussian elimination with partial pivoting."""
    n = len(a)
    m = [row[:] + [rhs[i]] for i, row in enumerate(a)]
    for col in range(n):
        piv = max(range(col, n), key=lambda r: abs(m[r][col]))
        m[col], m[piv] = m[piv], m[col]
        pivot_row = m[col]
        pv = pivot_row[col]
        for r in range(col + 1, n):
            row = m[r]
            f = row[col] / pv
            if f != 0.0:
                for c in range(col, n + 1):
                    row[c] -= f * pivot_row[c]
    x = [0.0] * n
    for i in range(n - 1, -1, -1):
        s = m[i][n]
        for j in range(i + 1, n):
            s -= m[i][j] * x[j]
        x[i] = s / m[i][i]
    return x


def merge_sort(xs):
    if len(xs) <= 16:
        # insertion sort for small runs
        out = list(xs)
        for i in range(1, len(out)):
            v = out[i]
            j = i - 1
            while j >= 0 and out[j] > v:
                out[j + 1] = out[j]
                j -= 1
            out[j + 1] = v
        return out
    mid = len(xs) // 2
    left = merge_sort(xs[:mid])
    right = merge_sort(xs[mid:])
    merged = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            merged.append(left[i])
            i += 1
        else:
            merged.append(right[j])
            j += 1
    merged.extend(left[i:])
    merged.extend(right[j:])
    return merged


def main(n, reps):
    rng = Rng(12345)
    a = make_matrix(rng, n, n)
    b = make_matrix(rng, n, n)
    for _ in range(reps):
        c1 = matmul(a, b)
        c2 = matmul_loops(a, b)
    diff = max(abs(x - y) for r1, r2 in zip(c1, c2) for x, y in zip(r1, r2))
    trace = sum(c1[i][i] for i in range(n))
    rhs = [float(i % 7) - 3.0 for i in range(n)]
    x = solve(a, rhs)
    resid = max(abs(sum(a[i][j] * x[j] for j in range(n)) - rhs[i]) for i in range(n))
    data = [rng.random() * 1000.0 for _ in range(40000)]
    s1 = merge_sort(data)
    s2 = sorted(data)
    s3 = sorted(data, key=lambda v: -v)
    s3.reverse()
    pairs = sorted([(round(v, 1), i) for i, v in enumerate(data[:5000])])
    mean = sum(data) / len(data)
    var = sum((v - mean) ** 2 for v in data) / len(data)
    print("matmul %dx%d trace: %.6f maxdiff<1e-9: %s" % (n, n, trace, diff < 1e-9))
    print("solve residual<1e-6: %s x0: %.6f" % (resid < 1e-6, x[0]))
    print("sort ok: %s %s  min %.6f max %.6f median %.6f" %
          (s1 == s2, s2 == s3, s2[0], s2[-1], s2[len(s2) // 2]))
    print("pairs first %r last %r" % (pairs[0], pairs[-1]))
    print("mean %.6f var %.6f" % (mean, var))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 120, 5)
