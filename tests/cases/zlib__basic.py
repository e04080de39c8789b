import zlib
data = b'hello world ' * 1000 + bytes(range(256)) * 10
print(sorted(k for k in dir(zlib) if not k.startswith('__') and 'VERSION' not in k))
print(type(zlib.compressobj()), type(zlib.decompressobj()), zlib.error, zlib.error.__mro__)
for lvl in [-1, 0, 1, 6, 9]:
    for wb in [15, 9, -15, -9, 31, 25]:
        c = zlib.compress(data, lvl, wb)
        dwb = wb if wb != 31 else 47
        print(lvl, wb, len(c) if lvl in (0, 9) else '', zlib.decompress(c, dwb) == data, zlib.crc32(c) if lvl in (0, 9) else '')
print(zlib.compress(b''), zlib.compress(b'abc'), zlib.compress(b'abc', wbits=-15), zlib.compress(b'abc', 9, 31)[:4])
print(zlib.decompress(zlib.compress(b'x' * 100000), bufsize=1) == b'x' * 100000)
print(zlib.decompress(zlib.compress(b'abc') + b'junk'))
print(zlib.decompress(zlib.compress(b'abc', wbits=31), 47), zlib.decompress(zlib.compress(b'abc'), 32))
print(zlib.crc32(b''), zlib.crc32(b'abc'), zlib.crc32(b'abc', 1), zlib.crc32(b'abc', -1), zlib.crc32(b'abc', 2**40 + 5), zlib.crc32(bytearray(b'xyz')), zlib.crc32(memoryview(b'q')))
print(zlib.adler32(b''), zlib.adler32(b'abc'), zlib.adler32(b'abc', 0), zlib.adler32(b'abc', -1), zlib.adler32(data))
for f in [lambda: zlib.compress(b'x', 10), lambda: zlib.compress(b'x', wbits=7), lambda: zlib.decompress(b'xx'), lambda: zlib.decompress(zlib.compress(b'abc')[:-2]), lambda: zlib.decompress(b'', bufsize=-1),
 lambda: zlib.compressobj(10), lambda: zlib.decompressobj(wbits=99), lambda: zlib.decompressobj().decompress(b'x', -1), lambda: zlib.decompressobj().flush(0), lambda: zlib.compress('s'), lambda: zlib.crc32('s'),
 lambda: zlib.compressobj(zdict=1), lambda: zlib.decompress(zlib.compressobj(zdict=b'abc').compress(b'abc')+zlib.compressobj(zdict=b'abc').flush()),
 lambda: zlib.decompressobj(zdict=1), lambda: zlib.decompress(b'x\x9c\x00\x00'), lambda: zlib.decompress(b'\x78\x9c\xff\xff\xff'), lambda: zlib.decompress(b'', 15), lambda: zlib.compress(b'a', 1.5)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
c = zlib.compressobj(); c.compress(b'a'); c.flush()
for f in [lambda: c.compress(b'b'), lambda: c.flush(), lambda: c.copy()]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
d = zlib.decompressobj(); print(d.decompress(zlib.compress(b'abc') + b'xyz'), d.unused_data, d.eof, d.unconsumed_tail, d.flush(), d.unused_data)
try: print(d.decompress(b'q'))
except Exception as e: print(type(e).__name__, e)
# streaming
co = zlib.compressobj(9, zlib.DEFLATED, -12, 9, zlib.Z_FILTERED)
parts = [co.compress(data[i:i + 1000]) for i in range(0, len(data), 1000)]
parts.append(co.flush(zlib.Z_SYNC_FLUSH)); parts.append(co.compress(b'tail')); parts.append(co.flush())
comp = b''.join(parts)
print(len(comp), [len(p) for p in parts][:5])
do = zlib.decompressobj(-12)
out = []
buf = comp
while buf:
    out.append(do.decompress(buf, 100))
    buf = do.unconsumed_tail
out.append(do.flush())
print(b''.join(out) == data + b'tail', do.eof, len(out))
for s in [zlib.Z_HUFFMAN_ONLY, zlib.Z_RLE, zlib.Z_FIXED]:
    co = zlib.compressobj(6, zlib.DEFLATED, 15, 8, s); r = co.compress(data) + co.flush()
    print(s, zlib.decompress(r) == data)
# zdict
zd = b'hello world '
co = zlib.compressobj(9, zdict=zd); r = co.compress(data) + co.flush()
do = zlib.decompressobj(zdict=zd); print(len(r), do.decompress(r) == data, do.eof)
co = zlib.compressobj(9, wbits=-15, zdict=zd); r = co.compress(data) + co.flush()
do = zlib.decompressobj(wbits=-15, zdict=zd); print(len(r), do.decompress(r) == data, do.eof)
# copy
co = zlib.compressobj(9); a = co.compress(b'abc' * 100); c2 = co.copy(); x = a + co.compress(b'1') + co.flush(); y = a + c2.compress(b'2') + c2.flush()
print(zlib.decompress(x)[-3:], zlib.decompress(y)[-3:])
import copy
do = zlib.decompressobj(); h = do.decompress(x[:10]); d2 = copy.copy(do); d3 = copy.deepcopy(do)
print(h + do.decompress(x[10:]) == b'abc' * 100 + b'1', h + d2.decompress(x[10:]) == b'abc' * 100 + b'1', d3.decompress(y[10:])[-3:])
# flush modes
co = zlib.compressobj()
print(co.compress(b'abc'), co.flush(zlib.Z_NO_FLUSH), co.flush(zlib.Z_SYNC_FLUSH), co.flush(zlib.Z_FULL_FLUSH), co.compress(b'd'), co.flush(zlib.Z_FINISH))
do = zlib.decompressobj()
print(do.decompress(zlib.compress(b'abcdef')[:5]), do.eof, do.flush(), do.eof, do.unconsumed_tail)
do = zlib.decompressobj(); print(do.decompress(zlib.compress(b'xyz' * 50), 7), len(do.unconsumed_tail), do.flush()[:6])
gz = zlib.compress(b'gzipped', 6, 31); print(zlib.decompressobj(31).decompress(gz), zlib.decompressobj(47).decompress(zlib.compress(b'auto'))) 
