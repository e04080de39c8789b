import binascii as b
cases = [
    'b.a2b_base64(b"=abc", strict_mode=True)', 'b.a2b_base64(b"ab=c", strict_mode=True)', 'b.a2b_base64(b"abc=d", strict_mode=True)',
    'b.a2b_base64(b"ab==c", strict_mode=True)', 'b.a2b_base64(b"ab===", strict_mode=True)', 'b.a2b_base64(b"ab!c", strict_mode=True)',
    'b.a2b_base64(b"abcd=", strict_mode=True)', 'b.a2b_base64(b"abcd==", strict_mode=True)', 'b.a2b_base64(b"abcd==")', 'b.a2b_base64(b"ab")',
    'b.a2b_base64(b"abcde")', 'b.a2b_base64(b"a=b=c==")', 'b.a2b_base64("ab\u00e9")', 'b.a2b_base64(b"ab==", strict_mode=True)',
    'b.a2b_base64(b"", strict_mode=True)', 'b.a2b_base64(b"abc", strict_mode=True)', 'b.a2b_base64(b"abcde", strict_mode=True)',
    'b.a2b_base64(b"aGVsbG8gd29ybGQ=\\n")', 'b.a2b_base64("aGVs bG8*gd29y\\nbGQ")', 'b.a2b_base64(bytearray(b"AAEC"))',
    'b.a2b_hex(b"abc")', 'b.a2b_hex(b"zz")', 'b.a2b_hex("DEADbeef")', 'b.unhexlify(b"00ff10")',
    'b.hexlify(b"abcdef", "-", 2)', 'b.hexlify(b"abcdef", b":", -4)', 'b.hexlify(b"abcdef", ":", 4)', 'b.hexlify(b"abc", "ab")', 'b.hexlify(b"abc", 1)',
    'b.b2a_hex(b"\\x00\\xff", sep=" ")', 'b.hexlify(bytearray(b"xyz"))', 'b.hexlify(memoryview(b"mv"))', 'b.b2a_hex(b"")',
    'b.crc32(b"hello")', 'b.crc32(b"hello", 12345)', 'b.crc32(b"")', 'b.crc32(b"world", b.crc32(b"hello "))', 'b.crc32(b"x", -1)',
    'b.crc_hqx(b"hello", 0)', 'b.crc_hqx(b"hello", 0xffff)', 'b.crc_hqx(b"", 7)',
    'b.b2a_uu(b"hi")', 'b.b2a_uu(b"", backtick=True)', 'b.b2a_uu(b"hello world, this is uu")', 'b.a2b_uu(b.b2a_uu(b"round trip!"))', 'b.b2a_uu(b"x" * 46)',
    'b.b2a_base64(b"hi", newline=False)', 'b.b2a_base64(b"")', 'b.b2a_base64(bytes(range(40)))',
    'b.Error.__mro__', 'b.Incomplete.__mro__', 'b.a2b_hex("\u00e9")', 'b.hexlify("a")', 'b.a2b_base64(b"a")', 'b.a2b_base64(b"=")',
    'b.a2b_qp(b"h=3Di=\\nx")', 'b.a2b_qp(b"a_b=20c", header=True)', 'b.b2a_qp(b"hello world")', 'b.b2a_qp(b"caf\\xc3\\xa9 = ok")',
]
for e in cases:
    try:
        print(e, repr(eval(e)))
    except Exception as x:
        print(e, type(x).__name__, x)
for n in range(0, 10):
    data = bytes(range(n * 7 % 256, n * 7 % 256 + n))
    enc = b.b2a_base64(data)
    print(n, enc, b.a2b_base64(enc) == data, b.hexlify(data), b.unhexlify(b.hexlify(data)) == data)
