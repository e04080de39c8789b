# __repr__, __str__, __format__ and their fallbacks; repr of containers.
class R:
    def __repr__(self): return "R()"
class S:
    def __str__(self): return "S-str"
class Both:
    def __repr__(self): return "Both-repr"
    def __str__(self): return "Both-str"
print(str(R()), repr(R()), str(Both()), repr(Both()), f"{Both()}", f"{Both()!r}")
print([R(), Both()], (Both(),), {"k": Both()}, {1: S()}.__len__())
print(str([S()]).startswith("[<__main__.S object at 0x"))
print("%s %r" % (Both(), Both()))
class Fmt:
    def __format__(self, spec):
        return f"Fmt[{spec}]"
print(format(Fmt(), "x>10"), "{:abc}".format(Fmt()), f"{Fmt():!<3}")
class NoFormat:
    def __str__(self): return "NoFormat-str"
print(format(NoFormat()), f"{NoFormat()}", "{}".format(NoFormat()))
try:
    format(NoFormat(), "x")
except TypeError as e:
    print("TypeError", e)
class BadRepr:
    def __repr__(self): return 42
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError", e)
class BadStr:
    def __str__(self): return None
try:
    str(BadStr())
except TypeError as e:
    print("TypeError", e)
class BadFormat:
    def __format__(self, spec): return 1
try:
    format(BadFormat(), "")
except TypeError as e:
    print("TypeError", e)
class StrSub(str):
    def __repr__(self): return "StrSub!"
print(repr(StrSub("x")), str(StrSub("x")), [StrSub("y")])
class IntSub(int):
    pass
print(repr(IntSub(5)), str(IntSub(5)), format(IntSub(5), "03"))
l = [1]
l.append(l)
print(l, repr(l))
d = {}
d["self"] = d
print(d)
t = ([],)
t[0].append(t)
print(t)
print(repr("quote's"), repr('dq"'), repr("both'\""), repr("\n\t\\"), repr("\x00\x7f\x80\xff"))
print(repr("é€𝄞"), ascii("é€𝄞"), repr("\u200b"), repr("\ud800"))
print(object.__repr__(R()).startswith("<__main__.R object at"), object.__str__(Both()))
print(repr(type), repr(int), repr(R), repr(None), repr(NotImplemented), repr(...))
