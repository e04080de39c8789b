import struct, array
a = array.array('b', [0] * 8)
struct.pack_into('<hh', a, 2, 258, -1)
print(a)
ba = bytearray(10)
mv = memoryview(ba)[2:8]
struct.pack_into('<i', mv, 1, 0x01020304)
print(ba, struct.unpack_from('<i', mv, 1), struct.unpack_from('<h', a, 2))
for tgt in [memoryview(b"abcd"), b"abcd"]:
    try:
        struct.pack_into('<h', tgt, 0, 1)
    except TypeError as e:
        print(e)
try:
    struct.pack_into('<i', mv, 4, 1)
except struct.error as e:
    print(e)
