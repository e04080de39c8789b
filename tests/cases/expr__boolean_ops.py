# and/or/not: return values, short-circuit, truthiness of many types.
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or "d", "" or [] or 0)
print([] and 1, [0] and "yes", not [], not [0], not None)
def t(x):
    print("eval", x)
    return x
print(t(0) and t(1))
print(t(1) and t(2))
print(t(1) or t(2))
print(t(0) or t(0) or t(3))
print(t(0) or t(1) and t(2))
for v in [0, 1, -1, 0.0, 0.1, 0j, 1j, "", "0", b"", b"\0", [], [[]], (), (None,),
          {}, {0: 0}, set(), {0}, frozenset(), range(0), range(1), None, Ellipsis]:
    print(repr(v), bool(v))
class B:
    def __init__(self, val): self.val = val
    def __bool__(self):
        print("bool called", self.val)
        return self.val
class L:
    def __len__(self): return 0
class Neither: pass
print(bool(B(True)), bool(L()), bool(Neither()))
print(B(False) or "fallback")
x = B(True) and "second"
print(x)
class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError", e)
class BadLen:
    def __len__(self): return -1
try:
    bool(BadLen())
except ValueError as e:
    print("ValueError", e)
print(True + True, True * 10, False - 1, True / 2, True & False, True | False, True ^ True)
print(type(True + 1).__name__, type(True & True).__name__, ~True)
