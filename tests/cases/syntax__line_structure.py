# Line structure: explicit/implicit continuation, comments, blank lines, semicolons, tabs in strings.
total = 1 + \
        2 + \
        3
print(total)
items = [  # comment inside brackets
    "a",   # first
    "b",
    # a full-line comment
    "c",
]
print(items)
call = dict(
    x=1,

    y=2,
)
print(call)
if (total > 5
        and len(items) == 3):
    print("multi-line condition ok")
s = """triple
   quoted with
\tescapes"""
print(repr(s))
x = 1; y = 2; z = x + y; print(z)
def f(): return "one line def"
print(f())
class K: attr = "one line class"
print(K.attr)
while False: pass
for i in range(1): print("one line for", i)
value = (
    "implicit"
    " concatenation"
    f" with {z}"
)
print(value)
# coding comments and shebang-like lines are just comments here
print("end")   # trailing comment
lambda_multi = (lambda a,
                b: a + b)
print(lambda_multi(1, 2))
matrix = [[1, 2],
          [3, 4]]
print(matrix)
print("back\
slash in string")
