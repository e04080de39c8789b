class Sl:
    __slots__ = ('x',)
class IntSub(int): pass
class ListSub(list): pass
class DictSub(dict):
    pass
for o in (Sl(), IntSub(5), ListSub([1]), DictSub(a=1)):
    for p in (0, 1):
        try:
            r = o.__reduce_ex__(p)
            print(type(o).__name__, p, r[0].__name__, r[1], r[2:] )
        except TypeError as e:
            print(type(o).__name__, p, e)
o = IntSub(7); o.attr = 'v'
r = o.__reduce_ex__(1); print(r[1], r[2])
import copyreg
print(copyreg._reconstructor(IntSub, int, 9), type(copyreg._reconstructor(ListSub, list, [1, 2])).__name__)
