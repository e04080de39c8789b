import copy, threading
def g(): yield 1
class P:
    @property
    def x(self): return 1
for obj in (g(), threading.Lock(), iter([1]), P.__dict__['x'], staticmethod(len), range(3), slice(1, 2), memoryview(b'ab'), object(), {1: 2}.keys(), zip([1], [2]), enumerate([1])):
    try:
        r = obj.__reduce_ex__(2)
        print(type(obj).__name__, 'ok', r[0] if not callable(r[0]) else r[0].__name__)
    except TypeError as e:
        print(type(obj).__name__, 'TypeError', e)
