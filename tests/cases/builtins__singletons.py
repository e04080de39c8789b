# None, NotImplemented and Ellipsis: identity, reprs, truthiness, types, uses and errors.
print(None, repr(None), str(None), bool(None), type(None).__name__, type(None)() is None)
print(NotImplemented, repr(NotImplemented), type(NotImplemented).__name__, type(NotImplemented)() is NotImplemented)
print(Ellipsis, ..., repr(...), type(...).__name__, ... is Ellipsis, type(...)() is ...)
print(bool(...), None is None, None == None, None != 0, None == False, [None] * 2)
print(NotImplemented is NotImplemented, NotImplemented == NotImplemented)
for op in ["None + 1", "None < 1", "len(None)", "iter(None)", "... + 1", "-..."]:
    try:
        eval(op)
    except TypeError as e:
        print(op, "->", "TypeError:", e)
print(hash(None) == hash(None), hash(...) == hash(Ellipsis), {None: 1, ...: 2})
import copy, pickle
print(copy.copy(None) is None, copy.deepcopy(...) is ..., pickle.loads(pickle.dumps(NotImplemented)) is NotImplemented)
def returns_none():
    pass
print(returns_none() is None, print() is None)
a = [1, 2, 3]
print(a[...] if False else "list does not accept Ellipsis", dict.fromkeys("ab") == {"a": None, "b": None})
class Arr:
    def __getitem__(self, k):
        return "ellipsis" if k is ... else k
print(Arr()[...], Arr()[1, ...], Arr()[..., 2])
try:
    None.x = 1
except AttributeError as e:
    print("AttributeError", e)
try:
    type(None)(1)
except TypeError as e:
    print("TypeError", e)
print(sorted([None, None], key=lambda v: 0), max([None], key=lambda v: 1))
print(isinstance(None, object), issubclass(type(None), object), None.__class__.__name__, None.__bool__())
print(NotImplemented.__reduce__(), Ellipsis.__reduce__(), None.__repr__(), (...).__repr__())
