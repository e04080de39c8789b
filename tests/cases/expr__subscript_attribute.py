# Subscripts, slices in expressions, attribute access chains, calls.
data = {"a": [1, {"b": (10, 20, 30)}]}
print(data["a"][1]["b"][2], data["a"][-1]["b"][::-1])
s = "hello world"
print(s[0], s[-1], s[2:5], s[:3], s[6:], s[::2], s[::-1], s[-5:-2])
print(s.upper().lower().title().split()[1][0])
t = tuple(range(10))
print(t[1:8:3], t[8:1:-2], t[100:], t[-100:2], t[::-3])
class Node:
    def __init__(self, v, nxt=None):
        self.v, self.nxt = v, nxt
chain = Node(1, Node(2, Node(3)))
print(chain.nxt.nxt.v, chain.nxt.v)
def get():
    return [lambda: {"k": "deep"}]
print(get()[0]()["k"])
m = [[0] * 3 for _ in range(3)]
m[1][2] = 5
print(m)
print("abc"[1:][0], [1, 2, 3][:][1:][0])
try:
    "abc"[5]
except IndexError as e:
    print("IndexError", e)
try:
    [][0]
except IndexError as e:
    print("IndexError", e)
try:
    (1,)[1]
except IndexError as e:
    print("IndexError", e)
try:
    five = 5
    five[0]
except TypeError as e:
    print("TypeError", e)
try:
    abc = "abc"
    abc["x"]
except TypeError as e:
    print("TypeError", e)
try:
    one = [1]
    one[1.0]
except TypeError as e:
    print("TypeError", e)
try:
    None.attr
except AttributeError as e:
    print("AttributeError", e)
try:
    (1).nope
except AttributeError as e:
    print("AttributeError", e)
print(type(data).__name__, data.__class__.__name__, len.__name__)
d2 = {(1, 2): "tuple key", 3: "three"}
print(d2[1, 2], d2[(1, 2)], d2[3])
print([10, 20, 30][True], {True: "t"}[1], {1.0: "f"}[1])
