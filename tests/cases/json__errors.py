import json
cases = ['[', '[1,', '[1', '[1 2]', '{', '{"a"', '{"a":', '{"a":1', '{"a":1,}', '[1,]', '', ' ', '"abc', '"a\\', '"\\x"', '"\\u12"', '"\\u12', '"\\u1234',
  '"a\x01"', '01', '-', '-a', '1.', '1e', '1.5e+', 'nul', 'NaN', '-Infinity', 'Infinity', '[1]x', '"\\ud800\\u12"', '"\\ud800\\udc00"', '"\\ud83d\\ude00"', '"\\ud83d\\ude0"',
  '["é", "\u4e2d", 1x]', '{"é": "😀", "b": tru}', 'é', '  \n\n  [\n 1,\n éé]', '["\\u00e9\\u4E2D\\/"]', '[-0, -0.0, 1E400, -1e400, 1e-400, 12345678901234567890123, -98765432109876543210]',
  '{"a": 1, "a": 2, "b": {"c": [true, false, null]}}', '[0.1, 1.7976931348623157e308, 5e-324, 2.5E-3, 1E2, 0e0]', '"\t"', '[1,\n2,\r\n\t3 ]', '"abc" "def"', '{"a" 1}', '[1 , ]', '{,}', '[,]',
  '{"a":1 "b":2}', '-0x1', '+1', '.5', '1.e5', '"\\', '"\\"' ]
for s in cases:
    for kw in [{}, {'parse_float': lambda x: float(x)}, {'strict': False}]:
        try: r = repr(json.loads(s, **kw))
        except json.JSONDecodeError as e: r = 'ERR %s | %s %s %s %s' % (e, e.msg, e.pos, e.lineno, e.colno)
        print(repr(s), kw.keys(), r)
for n in [100, 900]:
    print(n, json.loads('[' * n + ']' * n) is not None, json.loads('{"a":' * n + '1' + '}' * n) is not None)
for s in ['[' * 100000, '{"a":' * 100000]:
    try: json.loads(s)
    except RecursionError as e: print('RecursionError', e)
print(json.loads(b'[1, "\xc3\xa9"]'), json.loads(bytearray(b'{"x": 2}')))
class D(json.JSONDecoder):
    def raw_decode(self, s, idx=0):
        print('raw_decode called', idx)
        return super().raw_decode(s, idx)
print(json.loads(' [1] ', cls=D))
class S(str): pass
print(json.loads(S('[1, 2]')))
print(json.dumps(S('a"b')), json.encoder.encode_basestring_ascii(S('é')), json.encoder.encode_basestring('\x00\x1f\x7f\u2028'))
for f in [json.encoder.encode_basestring_ascii, json.encoder.encode_basestring]:
    try: f(1)
    except TypeError as e: print(e)
print(json.dumps('😀\U0010ffff\uffff\x7f'), json.dumps('😀\U0010ffff', ensure_ascii=False))
print(json.decoder.JSONDecoder().decode('{"k": [1.5]}'))
print(json.JSONDecoder(strict=False).decode('"a\nb"'))
