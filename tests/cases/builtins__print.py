# print: sep, end, file, flush, multiple args, non-str objects.
import sys, io
print()
print("a", "b", "c")
print("a", "b", sep="")
print("a", "b", sep=" -> ", end=" END\n")
print(1, 2.5, None, [1], {"k": 1}, (1,), sep="|")
print("no newline", end="")
print(" continued")
print(*range(5), sep=", ")
print("to stdout", file=sys.stdout, flush=True)
buf = io.StringIO()
print("into", "buffer", sep="_", end="!", file=buf)
print(repr(buf.getvalue()))
print("x", sep=None, end=None)
print("stderr line", file=sys.stderr)
try:
    print("x", sep=5)
except TypeError as e:
    print("TypeError", e)
try:
    print("x", end=[])
except TypeError as e:
    print("TypeError", e)
try:
    print("x", file="not a file")
except AttributeError as e:
    print("AttributeError", e)
try:
    print("x", bogus=1)
except TypeError as e:
    print("TypeError", e)
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
w = W()
print("a", 1, sep="+", file=w)
print(w.parts)
print(None, file=None)
sys.stdout.write("direct write\n")
print(sys.stdout.write("count\n"))
print("unicode: é ü 日本 😀")
print("tab\tseparated", "new\nline")
class S:
    def __str__(self): return "custom-str"
print(S(), [S()][0])
print("", "", sep="X")
print(end="only end\n")
