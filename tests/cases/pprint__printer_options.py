import pprint, types
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
ns = types.SimpleNamespace(alpha=list(range(20)), beta='b' * 60, gamma={'k': 'v' * 70})
pprint.pprint(vars(ns) if False else ns.__class__.__name__)
pprint.pprint(types.MappingProxyType({'key%d' % i: i * 1000 for i in range(10)}))
pprint.pprint([{'id': i, 'name': 'item number %d' % i, 'tags': ['t1', 't2']} for i in range(4)])
pprint.pprint({'a long key number one': [1, 2, 3] * 8, 'b': {'nested deeper': {'deepest': list(range(25))}}}, width=50)
pprint.pprint(['x' * 30, 'y' * 30, ('z' * 25, 'w' * 25)], width=40)
pprint.pprint({'text': 'The quick brown fox jumps over the lazy dog. ' * 4})
pprint.pprint(('single' * 20,))
w = W()
pp = pprint.PrettyPrinter(stream=w, width=30, indent=3)
pp.pprint({'key': list(range(15))})
pp.pprint([[1, 2], [3, 4]] * 5)
print(''.join(w.parts), end='')
print(pprint.pformat(list(range(100)), compact=True, width=60))
print(pprint.pformat({'b': 1, 'a': 2, 'c': {'z': 1, 'y': 2}}, sort_dicts=False))
print(pprint.pformat([1, [2, [3, [4, [5]]]]], depth=3), pprint.pformat({'a': {'b': {'c': {}}}}, depth=2))
print(pprint.saferepr([1, {2: 'x'}, (3,)]), pprint.isreadable({'a': [1, 2.5, None]}), pprint.isreadable(pprint))
print(pprint.pformat(12345678901234567890, underscore_numbers=True), pprint.pformat(-1234567, underscore_numbers=True), pprint.pformat(True, underscore_numbers=True))
class MyList(list): pass
class MyDict(dict):
    def __repr__(self): return 'MyDict!'
pprint.pprint(MyList(range(30)))
pprint.pprint(MyDict({i: i for i in range(30)}))
pprint.pprint(bytearray(b'x' * 10))
pprint.pprint([b'abcd' * 20], width=40)
pprint.pprint('short\nlines\nhere', width=5)
