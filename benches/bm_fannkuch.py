"""Fannkuch-redux: permutations and prefix reversals (list slicing, int ops)."""
import sys


def fannkuch(n):
    perm1 = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    perm_count = 0
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        perm = perm1[:]
        flips = 0
        k = perm[0]
        while k:
            perm[:k + 1] = perm[k::-1]
            flips += 1
            k = perm[0]
        if flips > max_flips:
            max_flips = flips
        if perm_count % 2 == 0:
            checksum += flips
        else:
            checksum -= flips
        perm_count += 1
        # next permutation
        while True:
            if r == n:
                return checksum, max_flips, perm_count
            p0 = perm1[0]
            i = 0
            while i < r:
                j = i + 1
                perm1[i] = perm1[j]
                i = j
            perm1[r] = p0
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1


def main(n, reps=3):
    for _ in range(reps):
        checksum, flips, count = fannkuch(n)
    print("permutations: %d" % count)
    print("checksum: %d" % checksum)
    print("Pfannkuchen(%d) = %d" % (n, flips))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 9)
