# os.path: pure string functions (str and bytes), CPython's results.
import os
import os.path
import posixpath

print(os.path is posixpath, os.sep, os.pathsep, os.curdir, os.pardir, os.extsep, os.altsep, os.devnull, os.linesep == "\n", os.name)
cases = ["", "/", "//", "///", "a", "a/", "/a/b/", "a//b", "./a/../b", "/../x", "../../y", "a/./b/.", "//x/y", "///x/y",
         "foo.tar.gz", ".bashrc", "a/.b", "x/y.", "..", "...", "a/b/c.d/e"]
for p in cases:
    print(repr(p), os.path.normpath(p), os.path.split(p), os.path.splitext(p), os.path.basename(p), os.path.dirname(p),
          os.path.isabs(p), os.path.splitdrive(p))
    b = p.encode()
    print("  bytes:", os.path.normpath(b), os.path.split(b), os.path.splitext(b))
print(os.path.join("a", "b", "c"), os.path.join("a/", "/b", "c"), os.path.join("", "x"), os.path.join("x", ""), os.path.join(b"p", b"q"))
print(os.path.commonprefix(["/usr/lib", "/usr/local", "/usr/l"]), os.path.commonprefix([]), os.path.commonprefix([[1, 2], [1, 3]]))
print(os.path.commonpath(["/usr/lib", "/usr/local/lib"]), os.path.commonpath(["a/b", "a/c/d", "a/./b"]), os.path.commonpath([b"/x/y", b"/x/z"]))
for bad in ([], ["/a", "b"]):
    try:
        os.path.commonpath(bad)
    except ValueError as e:
        print("ValueError:", e)
print(os.path.relpath("/a/b/c", "/a/x"), os.path.relpath("/a", "/a"), os.path.relpath("/a/b", "/"), os.path.relpath(b"/q/r", b"/q"))
try:
    os.path.relpath("")
except ValueError as e:
    print("ValueError:", e)
for args in [("a", b"b"), ("a", 3), (3,)]:
    try:
        os.path.join(*args)
    except TypeError as e:
        print("TypeError:", e)
os.environ["PYRITE_T1"] = "one"
os.environ.pop("PYRITE_NOPE", None)
for s in ["$PYRITE_T1", "${PYRITE_T1}x", "$PYRITE_NOPE/y", "a$", "${", "${PYRITE_T1", "$PYRITE_T1$PYRITE_T1", "${}", "$1", "no vars"]:
    print(repr(s), repr(os.path.expandvars(s)), os.path.expandvars(s.encode()))
home = os.environ["HOME"]
print(os.path.expanduser("~") == home.rstrip("/") or home == "/", os.path.expanduser("~/x") == os.path.join(home, "x"), os.path.expanduser("a~"))
print(os.path.abspath("/x/../y"), os.path.abspath("z") == os.path.join(os.getcwd(), "z"), os.path.abspath(b"/b/./c"))
print(os.fspath("s"), os.fspath(b"b"), os.fsencode("é"), os.fsdecode(b"\xc3\xa9"))
class P:
    def __fspath__(self):
        return "/from/pathlike"
print(os.fspath(P()), os.path.basename(P()), isinstance(P(), os.PathLike), issubclass(str, os.PathLike))
for bad in (3, None):
    try:
        os.fspath(bad)
    except TypeError as e:
        print("TypeError:", e)
