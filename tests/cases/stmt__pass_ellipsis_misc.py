# pass, bare expressions, semicolons, multiple statements on a line.
def empty():
    pass
def dots():
    ...
class Empty:
    pass
print(empty(), dots(), Empty.__name__)
x = 1; y = 2; z = x + y
print(x, y, z)
if x: print("one-line if")
for i in range(2): print("one-line for", i)
while False: pass
"a bare string expression"
42
x
print("expressions do nothing")
def f(): return "oneliner"
print(f())
class G: a = 1; b = 2
print(G.a + G.b)
if True:
    pass
elif False:
    pass
else:
    pass
try: pass
except: pass
print("after try")
with open(__file__) as fh: first = fh.readline()
print(first.startswith("#"))
total = (1 +
         2 +
         3)
print(total)
items = [
    1,
    2,
]
print(items)
long_call = max(
    3,
    9,
    4,
)
print(long_call)
s = ("part one "
     "part two")
print(s)
if (x == 1 and
        y == 2):
    print("multi-line condition")
value = 1 if x else \
    2
print(value)
def returns_nothing():
    return
print(returns_nothing())
print(type(pass_ := None))
