from array import array
import array as array_mod
for c in 'bBhHiIlLqQ':
    out = []
    for v in [-1, 256, 70000, 2**32, 2**63, 2**64, -2**63-1, 1.5, '1']:
        try:
            array(c, [v]); out.append('ok')
        except Exception as x:
            out.append(type(x).__name__ + ': ' + str(x))
    print(c, out)
cases = ['array("z")','array()','array(1)','array("ab")','array("f",["a"])','array("u",[1])','array("u","ab")','array("i","ab")','array("i",array("u","a"))','array("u",array("i",[1]))','array("d",array("i",[1,2]))','array("i").pop()','array("i",[1]).pop(5)','array("i",[1]).remove(2)','array("i",[1]).index(2)','array("i",[1])[3]','array("i",[1]).__setitem__(3,1)','array("i").frombytes(b"abc")','array("i")+array("d")','array("i")+[1]','array("i",[1,2])==array("d",[1.0,2.0])','array("i",[1,2])<array("i",[1,3])','array("b",[1,2])*2','array("i",[1,2,3,4])[::2]','array("i",[1,2,3])[1:]','array("f",[1.1])','array("d",[1.1, float("inf")])','array("u","hi")','array("u")','array("b").itemsize','array("u").itemsize','array("l").itemsize','array("i",[1,2]).tounicode()','array("u","ab").tounicode()','array("i",[1,2]).__setitem__(slice(0,1),[5])','array("i",[1,2]).__setitem__(slice(0,1),array("d",[5]))','array("i",range(5)).index(3, 1, 4)','array("i",[1,2]).extend([3,"a"])','array("i",[1,2]).extend(array("d"))','array("i",[1,2]).fromlist((1,))','array("B", b"ab")','array("i", b"abcd")','array("i", b"abc")','bytes(array("h",[1,2]))','array("i",[1])*-1','array("i",[5]).insert(10, 7)','array("typecode")','array("i", 5)','array("i", None)','array("i").fromunicode("c")','array("i").__iadd__([1])','array("i", [3]).__contains__(3.0)','array("i",[1,2]).buffer_info()[1]','array("i",[1,2,3])[::-1]', 'array("Q", [2**64-1])', 'array("q", [-2**63])[0]', 'array("I", [4294967295]).tolist()', 'array_mod.typecodes', 'array_mod.ArrayType is array', '3 * array("h", [1])', 'array("i", [1, 2]) != array("i", [1, 2])', 'array("i", [1, 2]) >= array("i", [1])', 'array("i") == [1]', 'list(array("d", [1.5, 2.5]))', 'array("i", [1, 2, 3]).typecode', 'array("i", [4, 5]) + array("i", [6])', 'array("i", [1, 2, 1]).count(1)']
for e in cases:
    try:
        print(e, repr(eval(e)))
    except Exception as x:
        print(e, type(x).__name__, x)
a = array('i', range(10))
a.append(10); a.extend([11, 12]); a.insert(0, -1); a.insert(-1, 99)
print(a, len(a), a.pop(), a.pop(0), a.pop(-2))
a.remove(5); a.reverse(); print(a, a.index(7), a.count(3))
a[1] = 100; a[-1] = -100; print(a[1], a[-1], a[2:5], a[::3])
a[2:5] = array('i', [7, 7]); print(a)
a[::2] = array('i', [0] * len(a[::2])); print(a)
del a[0]; del a[1:3]; del a[::4]; print(a)
a += array('i', [1, 2]); a *= 2; print(a)
try:
    a[::2] = array('i', [1])
except ValueError as e:
    print("ValueError", e)
b = array('h', [1, 256, -2]); b.byteswap(); print(b, b.tobytes())
c = array('d'); c.frombytes(array('d', [0.5, -1.25]).tobytes()); print(c, c.tolist())
d = array('u', 'hello'); d.fromunicode(' world'); d.append('!'); print(d, d.tounicode(), d[1], d[1:3])
e = array('b'); e.fromlist([1, -2, 3]); print(e, list(e), sum(e), 3 in e, 4 in e)
import copy
f = copy.copy(e); f.append(9); print(e, f, copy.deepcopy(f))
print(array('f', [0.1, 0.5, 1e39]))
it = iter(array('B', [1, 2, 3])); print(next(it), list(it))
print(sorted(array('i', [3, 1, 2])), max(array('d', [1.5, 0.5])))
class Sub(array):
    pass
s = Sub('i', [1, 2]); print(type(s).__name__, s, len(s))
print(bytes(array('H', [1, 2, 65535])), bytearray(array('b', [1, -1])))
m = memoryview(array('b', [1, 2])); print(m.tobytes(), len(m), m[0])
