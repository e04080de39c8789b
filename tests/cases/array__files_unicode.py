from array import array
import os
a = array('h', [1, 2, 3])
with open('arr.bin', 'wb') as f:
    a.tofile(f)
b = array('h')
with open('arr.bin', 'rb') as f:
    try:
        b.fromfile(f, 5)
    except EOFError as e:
        print('EOFError', e)
print(b)
c = array('h')
with open('arr.bin', 'rb') as f:
    c.fromfile(f, 2)
    print(c, f.read())
try:
    c.fromfile(open('arr.bin', 'rb'), -1)
except ValueError as e:
    print(e)
u = array('u', 'a\U0001F600b')
print(u, len(u), u.tounicode(), u.itemsize)
print(array('i', [1, 2]) * 0, array('d') == array('f'), array('i', [1]) < array('i', [1, 0]))
import copy
print(copy.copy(array('d', [1.5])), array('i', [1, 2]).__reduce_ex__(2)[1])
os.remove('arr.bin')
