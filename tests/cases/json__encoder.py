import json
x = []
for _ in range(100000):
    x = [x]
try: json.dumps(x)
except RecursionError as e: print('RecursionError', e)
d = {}
for _ in range(100000):
    d = {'a': d}
try: json.dumps(d, indent=1)
except RecursionError as e: print('RecursionError', e)
print(json.dumps([[[[1]]]], indent=1))
for kw in [{}, {'indent': 2}]:
    try: json.dumps({1: 1, 'a': 2}, sort_keys=True, **kw)
    except TypeError as e: print(e)
    try: json.dumps({'b': 1, 'a': 2, 'c': {'z': 0, 'y': [1, {'q': 1, 'p': 2}]}}, sort_keys=True, **kw)
    except TypeError as e: print(e)
    print(json.dumps({'b': 1, 'a': 2, 'c': {'z': 0, 'y': [1, {'q': 1, 'p': 2}]}}, sort_keys=True, **kw))
    print(json.dumps({2: 'a', 1: 'b'}, sort_keys=True, **kw))
    try: json.dumps({'a': object()}, **kw)
    except TypeError as e: print(e)
    def dflt(o):
        if isinstance(o, complex): return [o.real, o.imag]
        if isinstance(o, set): return sorted(o)
        raise TypeError('nope %r' % (o,))
    print(json.dumps({'c': 1j, 's': {2, 1}, 'n': [{3}]}, default=dflt, **kw))
    try: json.dumps([1, b'x'], default=dflt, **kw)
    except TypeError as e: print(e)
    class Self:
        pass
    s = Self()
    try: json.dumps(s, default=lambda o: [o], **kw)
    except ValueError as e: print(e)
    try: json.dumps(s, default=lambda o: o, **kw)
    except ValueError as e: print(e)
    print(json.dumps([True, False, None, 1.0, -0.0, 1e22, 1e-5, 123456789.123, 2**70, -2**70], **kw))
    print(json.dumps({True: 1, False: 2, None: 3, 1.5: 4, 7: 5, float('inf'): 6}, **kw))
    print(json.dumps({'a': [], 'b': {}, 'c': ()}, **kw))
    print(json.dumps("\u2028\u2029\x7f\x80\ud7ff\ue000\uffff", ensure_ascii=False, **kw), json.dumps("\u2028\x80\U00012345", **kw))
    print(json.dumps([1, [2, 3]], separators=(';', '='), **kw), json.dumps({'a': 1}, separators=(';', '='), **kw))
    print(json.dumps({(1,): 2, 'x': 3}, skipkeys=True, **kw))
a = [1]; b = [a, a]
print(json.dumps(b))
print(json.dumps([1, 2], indent='--'))
print(json.dumps({'a': [1, {'b': None}]}, indent=0))
import json, collections
od = collections.OrderedDict([('b', 1), ('a', 2), ('c', 3)])
od.move_to_end('b')
print(json.dumps(od), json.dumps(od, indent=1), json.dumps({'x': od}))
class D(dict):
    def items(self):
        return [('fake', 1)]
print(json.dumps(D(a=1)), json.dumps(D(a=1), indent=1))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=collections.OrderedDict))
