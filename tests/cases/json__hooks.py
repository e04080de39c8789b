import json, collections
class Dec(str):
    def __repr__(self): return "Dec(%s)" % str.__repr__(self)
print(json.loads('[1.10, 2, {"a": 3.5e1}]', parse_float=Dec))
print(json.loads('[1, 22, -3]', parse_int=str), json.loads('[1.5, 2]', parse_int=float, parse_float=str))
print(json.loads('[NaN, -Infinity, Infinity]', parse_constant=lambda s: 'C' + s))
print(json.loads('{"a": {"b": 1}, "c": [{"d": 2}]}', object_hook=lambda d: ('H', sorted(d.items()))))
print(json.loads('{"a": {"b": 1}, "a": [{}]}', object_pairs_hook=lambda p: ('P', p)))
print(json.loads('{"a": {"b": 1}}', object_pairs_hook=collections.OrderedDict, object_hook=dict))
def bad(x): raise KeyError('boom ' + x)
for kw in [{'parse_int': bad}, {'parse_float': bad}, {'parse_constant': bad}, {'object_hook': lambda d: 1 / 0}]:
    try: json.loads('[1, 2.5, NaN, {}]', **kw)
    except Exception as e: print(type(e).__name__, e)
for kw in [{'object_hook': dict}, {'parse_float': Dec}]:
    try: json.loads('[' * 100000, **kw)
    except RecursionError as e: print(e)
    try: json.loads('[1, 2', **kw)
    except ValueError as e: print(e)
d = json.JSONDecoder()
d.object_hook = lambda o: 'changed'
print(d.decode('{"a": 1}'), d.scan_once('{"a": 1}', 0))
try: d.scan_once('x', 0)
except StopIteration as e: print('StopIteration', e.value)
class F(float): pass
print(json.loads('[1.5]', parse_float=F), type(json.loads('[1.5]', parse_float=F)[0]).__name__)
