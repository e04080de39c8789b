# Large-int bit manipulation: shifts of big ints, masks, popcount, negative big ints in bitwise ops.
big = (1 << 200) - 1
print(big.bit_length(), big.bit_count(), (big >> 150).bit_length(), big & 0xFFFF, hex(big ^ (1 << 199))[:10])
neg = -(1 << 130) + 12345
print(neg & 0xFFFFFFFF, neg | 1, neg ^ -1, ~neg, neg >> 100, neg >> 200, neg << 3)
print(((1 << 100) | (1 << 50)) & ~(1 << 50) == 1 << 100, (1 << 64) - 1 == 0xFFFFFFFFFFFFFFFF)
x = 0
for i in range(0, 300, 7):
    x |= 1 << i
print(x.bit_count(), x.bit_length(), x % 1000007, hash(x))
print([(-n).bit_length() for n in [1, 2, 255, 256, 1 << 70]])
print(int.from_bytes(big.to_bytes(25, "big"), "big") == big, (-5).to_bytes(17, "big", signed=True).hex())
print(pow(2, 521, (1 << 127) - 1), (1 << 1000) % 997, divmod(-(1 << 100), 7))
print(str(1 << 256), len(bin(1 << 256)), oct(1 << 66))
for shift in [0, 1, 31, 32, 63, 64, 65, 127, 128, 1000]:
    v = 1 << shift
    print(shift, v.bit_length(), (v - 1).bit_count(), hash(v), hash(-v), v >> shift, (v | 1) & 3)
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(2 ** 122), hash(-(2 ** 61) + 1))
m = (1 << 64) - 1
print([(v & m, (v >> 64) & m) for v in [1 << 100, -(1 << 100), 12345 << 70]])
