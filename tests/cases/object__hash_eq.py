# __hash__/__eq__ rules: defining __eq__ disables hash; hashable contracts.
class A:
    pass
print(hash(A()) is not None, A.__hash__ is object.__hash__)
class EqOnly:
    def __eq__(self, o): return True
print(EqOnly.__hash__)
try:
    hash(EqOnly())
except TypeError as e:
    print("TypeError", e)
try:
    {EqOnly()}
except TypeError as e:
    print("TypeError", e)
class Key:
    def __init__(self, k): self.k = k
    def __eq__(self, o): return isinstance(o, Key) and self.k == o.k
    def __hash__(self): return hash(self.k)
    def __repr__(self): return f"Key({self.k})"
d = {Key(1): "one"}
print(d[Key(1)], Key(1) in d, Key(2) in d)
print(len({Key(1), Key(1), Key(2)}))
class Inherit(Key):
    def __eq__(self, o): return False
try:
    hash(Inherit(1))
except TypeError as e:
    print("TypeError", e)
class KeepHash(Key):
    def __eq__(self, o): return False
    __hash__ = Key.__hash__
print(hash(KeepHash(5)) == hash(5))
class NoHash:
    __hash__ = None
try:
    hash(NoHash())
except TypeError as e:
    print("TypeError", e)
class BadHash:
    def __hash__(self): return "str"
try:
    hash(BadHash())
except TypeError as e:
    print("TypeError", e)
class BigHash:
    def __hash__(self): return 2 ** 100
print(hash(BigHash()) == hash(2 ** 100))
for v in [0, 1, -1, -2, 2 ** 61 - 1, 2 ** 61, 2 ** 64, -(2 ** 61), 10 ** 30]:
    print("hash", v, hash(v))
print(hash(1.0) == hash(1), hash(1.5), hash(-0.0), hash(True), hash(1+0j) == hash(1))
print(hash(()), hash((1, 2)), hash((1, (2, 3))), hash(frozenset()) , hash(None) == hash(None))
try:
    hash([])
except TypeError as e:
    print("TypeError", e)
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError", e)
try:
    {}[{}] = 1
except TypeError as e:
    print("TypeError", e)
print(hash(float("inf")), hash(float("-inf")))
print({1: "int", 1.0: "float", True: "bool"})
