"""N-queens via generated permutations (generators, sets, genexprs, tuples)."""
import sys


def permutations(items):
    """Yield all permutations of `items` as tuples (recursive generator)."""
    n = len(items)
    if n <= 1:
        yield tuple(items)
        return
    for i in range(n):
        head = items[i]
        rest = items[:i] + items[i + 1:]
        for tail in permutations(rest):
            yield (head,) + tail


def n_queens(size):
    cols = list(range(size))
    for vec in permutations(cols):
        if (size == len(set(vec[i] + i for i in cols))
                == len(set(vec[i] - i for i in cols))):
            yield vec


def solve_backtrack(size):
    """Count solutions with a generator-based backtracking search."""
    def place(row, used, diag1, diag2):
        if row == size:
            yield 1
            return
        for c in range(size):
            if c in used or (row + c) in diag1 or (row - c) in diag2:
                continue
            used.add(c)
            diag1.add(row + c)
            diag2.add(row - c)
            yield from place(row + 1, used, diag1, diag2)
            used.discard(c)
            diag1.discard(row + c)
            diag2.discard(row - c)
    return sum(place(0, set(), set(), set()))


def main(size, bt_size):
    solutions = list(n_queens(size))
    checksum = 0
    for sol in solutions:
        for i, v in enumerate(sol):
            checksum = (checksum * 7 + v * (i + 1)) % 1000003
    print("%d-queens permutation solutions: %d" % (size, len(solutions)))
    print("first: %r last: %r" % (solutions[0], solutions[-1]))
    print("checksum: %d" % checksum)
    print("%d-queens backtracking solutions: %d" % (bt_size, solve_backtrack(bt_size)))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 9, 11)
