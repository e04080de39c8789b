# Truth testing order: __bool__ before __len__; errors from each; use in if/while/and/or/not.
class Both:
    def __bool__(self):
        print("__bool__")
        return False
    def __len__(self):
        print("__len__")
        return 5
class LenOnly:
    def __init__(self, n): self.n = n
    def __len__(self):
        print("__len__", self.n)
        return self.n
print(bool(Both()), bool(LenOnly(0)), bool(LenOnly(2)))
if LenOnly(3):
    print("if uses __len__")
x = LenOnly(0) or "fallback"
print(x)
print(not LenOnly(1))
n = LenOnly(2)
count = 0
while n and count < 2:
    count += 1
print("while ran", count)
class BoolNone:
    def __bool__(self): return None
try:
    bool(BoolNone())
except TypeError as e:
    print("TypeError", e)
class LenStr:
    def __len__(self): return "3"
try:
    bool(LenStr())
except TypeError as e:
    print("TypeError", e)
class BoolRaises:
    def __bool__(self): raise RuntimeError("no truth")
try:
    if BoolRaises():
        pass
except RuntimeError as e:
    print("RuntimeError", e)
class BoolSub(int):
    pass
print(bool(BoolSub(0)), bool(BoolSub(7)))
class InheritsLen(list):
    pass
print(bool(InheritsLen()), bool(InheritsLen([0])))
print([bool(v) for v in [object(), type, len, lambda: 0, Ellipsis, NotImplemented if False else 1]])
