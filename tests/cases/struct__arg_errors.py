import struct, math, cmath, binascii, array, random, _random
cases = ['struct.pack_into("h", bytearray(2))', 'struct.pack_into("h")', 'struct.unpack("h")', 'struct.calcsize()', 'struct.iter_unpack("h")', 'struct.unpack_from()', 'struct.Struct()', 'struct.Struct("h").pack_into(bytearray(2))', 'struct.Struct("h").unpack()',
 'math.log()', 'math.log(1, 2, 3)', 'math.hypot(x=1)', 'math.gcd(x=1)', 'math.isclose(1)', 'math.isclose(1, 2, 3)', 'math.perm()', 'math.comb(1)', 'math.prod()', 'math.fsum()', 'math.ldexp(1)', 'math.pow(1)', 'math.dist((1,))',
 'cmath.log()', 'cmath.rect(1)', 'cmath.isclose(1)', 'cmath.phase()',
 'binascii.crc32()', 'binascii.crc_hqx(b"")', 'binascii.hexlify()', 'binascii.a2b_base64()', 'binascii.b2a_base64(b"", True)', 'binascii.b2a_uu()',
 'array.array("i").append()', 'array.array("i").pop(1, 2)', 'array.array("i").index()', 'array.array("i").insert(1)', 'array.array("i").fromfile(1)',
 '_random.Random(1, 2)', '_random.Random().seed(1, 2)', '_random.Random().getrandbits()', '_random.Random().random(1)', 'random.Random().setstate()']
for e in cases:
    try:
        print(e, repr(eval(e)))
    except Exception as x:
        print(e, type(x).__name__, x)
