import copyreg
class P:
    def __init__(self, x): self.x = x
class S:
    __slots__ = ('a', '__b')
    def __init__(self): self.a = 1; self.__b = 2
class L(list): pass
class N(int):
    def __getnewargs__(self): return (int(self),)
p = P(3)
r = p.__reduce_ex__(2)
print(r[0].__name__, r[1], r[2], r[3], r[4])
r = S().__reduce_ex__(2); print(r[0].__name__, r[1], r[2])
r = L([1,2]).__reduce_ex__(2); print(r[1], r[2], list(r[3]))
r = N(5).__reduce_ex__(4); print(r[1], r[2])
r = p.__reduce_ex__(1); print(r[0].__name__, r[1], r[2])
r = p.__reduce_ex__(0); print(r[0].__name__, r[1], r[2])
o = copyreg._reconstructor(P, object, None); print(type(o).__name__)
print(copyreg._slotnames(S))
print(copyreg.dispatch_table[complex](1+2j))
try: copyreg.pickle(P, 3)
except TypeError as e: print(e)
copyreg.add_extension('m', 'n', 5)
try: copyreg.add_extension('m', 'o', 5)
except ValueError as e: print(e)
copyreg.remove_extension('m', 'n', 5)
print(copyreg.__newobj__(P, 4).__class__.__name__)
import copy
print(copy.copy(p).x, copy.deepcopy(L([1,[2]])))
