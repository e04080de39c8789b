# Slicing behaviour with negative and out-of-range bounds, identical across list/tuple/str/range/bytes.
seqs = [list(range(10)), tuple(range(10)), "0123456789", range(10), b"0123456789"]
slices = [(None, None, -1), (8, 2, -2), (-1, -5, -1), (2, 8, -1), (100, None, -3), (None, -100, -1),
          (-100, 100, 2), (5, None, None), (None, 5, 3), (-3, None, None), (3, 3, None), (9, -11, -4)]
for sl in slices:
    s = slice(*sl)
    res = [seq[s] for seq in seqs]
    norm = [list(r) if not isinstance(r, (str, bytes)) else list(r) for r in res]
    print(sl, res[0], all(list(map(str, n)) == list(map(str, norm[0])) or isinstance(seqs[i], (str, bytes)) for i, n in enumerate(norm)))
print("hello"[::-1][::-1], [1, 2, 3][::-1][0], "abc"[-1:-4:-1], (1, 2)[5:-5:-1])
print(range(10)[::-1][::-2], range(0, 20, 3)[::-1], list(range(0, 20, 3)[-2::-2]))
s = "abcdefghij"
for start in (None, 0, 3, -3, 20, -20):
    for stop in (None, 0, 5, -5, 20):
        for step in (None, 1, 2, -1, -3):
            r = s[start:stop:step]
            assert r == "".join(list(s)[start:stop:step])
print("all 150 string/list slice combinations agree")
print(s[-1::-1], s[:-1:-1], s[-11::], s[:11:], s[5::-2], s[:5:-2])
b = bytearray(b"0123456789")
print(b[::-1], b[8:2:-3], bytes(b[-4:]), memoryview(b)[::-2].tobytes())
