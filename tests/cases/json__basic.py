import json
from json import JSONDecodeError
for s in ['[', '[1,', '[1', '[1 2]', '{', '{"a"', '{"a":', '{"a":1', '{"a":1,}', '[1,]', '', ' ', '"abc', '"a\\', '"\\x"', '"\\u12"', '"\\u12', '"\\u1234', '"a\x01"', '01', '-', '-a', '1.', '1e', '1.5e+', 'nul', 'NaN', '-Infinity', '[1]x', '"\\ud800\\u12"', '\ufeff1', '"\\ud800\\udc00"', '"\\ud83d\\ude00"', '"\\ud83d\\ude0"',
  '{"a": [1, 2.5, -3e10, true, false, null], "b": {"c": "d\\n\\t\\"\\\\\\/"}}', '123456789012345678901234567890', '-0', '-0.0', '1E+2', '1.5e-3', '\n\n  [1,\n  2,\n  x]', '"\\u00e9\\u4e2d"', '  {"a" : 1 , "b":2 }  ']:
    try: print(repr(s), repr(json.loads(s)))
    except JSONDecodeError as e: print(repr(s), type(e).__name__, e, e.msg, e.pos, e.lineno, e.colno)
for b in [b'[1]', '{"é": 1}'.encode('utf-16'), '[2]'.encode('utf-16-le'), '[3]'.encode('utf-32-be'), b'\xef\xbb\xbf[4]']:
    print(json.loads(b))
try: json.loads(3)
except TypeError as e: print(e)
print(json.loads('"a\tb"', strict=False))
try: json.loads('"a\tb"')
except ValueError as e: print(e)
print(json.loads('{"a": 1, "b": [1.5]}', parse_float=str, parse_int=lambda x: int(x) * 2))
print(json.loads('[NaN, Infinity, -Infinity]', parse_constant=lambda c: c))
print(json.loads('{"a": 1, "b": 2, "a": 3}', object_pairs_hook=list))
print(json.loads('{"a": {"x": 1}}', object_hook=lambda d: sorted(d)))
print(json.JSONDecoder().raw_decode('[1, 2] xyz'))
vals = [None, True, False, 0, -1, 10**30, 1.0, 0.1, 1e100, 1e-7, 3.141592653589793, -0.0, float('inf'), float('-inf'), float('nan'),
  "", "abc", "é\u4e2d😀\x7f\x00\x1f\"\\/\b\f\n\r\t", [], {}, (), [1, [2, [3]]], {"a": {"b": []}}, {1: 2, 1.5: 3, True: 4, None: 5, False: 6}]
vals[-1] = {"x": 1}; vals.append({1: 2, 1.5: 3, True: 4, None: 5, 0: 6})
for v in vals:
    print(json.dumps(v), json.dumps(v, ensure_ascii=False), json.dumps(v, indent=2), json.dumps(v, indent="\t", sort_keys=isinstance(v, dict) and "x" in v), json.dumps(v, separators=(',', ':')))
print(json.dumps({"b": 1, "a": [1, {"z": 2, "y": [], "x": {}}]}, indent=3, sort_keys=True))
print(json.dumps([1, 2], indent=0))
print(json.dumps([1, 2], indent=-1))
print(json.dumps({(1, 2): 3}, skipkeys=True))
for bad in [{(1, 2): 3}, object(), {1: 2, 'a': 3}, b'x', {1, 2}]:
    for kw in [{}, {'indent': 1}, {'sort_keys': True}]:
        try: print(json.dumps(bad, **kw))
        except Exception as e: print(type(e).__name__, e)
a = []; a.append(a)
d = {}; d['x'] = d
for x in [a, d]:
    try: json.dumps(x)
    except ValueError as e: print(e)
    try: json.dumps(x, indent=2)
    except ValueError as e: print(e)
    try: json.dumps(x, check_circular=False)
    except RecursionError as e: print('recursion')
for kw in [{}, {'indent': 2}]:
    try: json.dumps([float('nan')], allow_nan=False, **kw)
    except ValueError as e: print(e)
    try: json.dumps({float('inf'): 1}, allow_nan=False, **kw)
    except ValueError as e: print(e)
class S(str): pass
class I(int):
    def __repr__(self): return 'I!'
class F(float):
    def __repr__(self): return 'F!'
print(json.dumps([S('x'), I(5), F(2.5), {S('k'): 1, I(3): 2, F(1.5): 3}]))
import enum
class E(enum.IntEnum):
    A = 1
print(json.dumps([E.A, {E.A: 2}]))
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set): return sorted(o)
        return super().default(o)
print(json.dumps({'s': {3, 1, 2}}, cls=Enc))
print(json.dumps({'s': {3, 1, 2}}, default=list))
print(Enc(indent=1).encode({'a': {1}}))
print(list(json.JSONEncoder().iterencode({'a': [1, 2]})))
print(list(json.JSONEncoder(indent=2).iterencode({'a': [1, 2]})))
import io
f = io.StringIO(); json.dump({'a': [1, None]}, f, indent=1); print(f.getvalue())
print(json.load(io.StringIO('[1, {"b": null}]')))
e = JSONDecodeError('m', 'ab\ncd', 4)
print(e, e.args, e.__reduce__())
print(json.encoder.encode_basestring('a"\x01é'), json.encoder.encode_basestring_ascii('a"\x01é😀'))
print(json.decoder.scanstring('"abc\\n" x', 1))
print(json.dumps("\ud83d\ude00" if False else "😀"))
class D(dict): pass
class L(list): pass
print(json.dumps(D(a=L([1, 2]))))
print(json.dumps(1e16), json.dumps(1.5e300), json.dumps(123.456))
