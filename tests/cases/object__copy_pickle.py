# copy.copy/deepcopy and pickle round trips of custom objects, __copy__/__deepcopy__/__getstate__.
import copy, pickle
class Node:
    def __init__(self, val, children=None):
        self.val = val
        self.children = children or []
    def __repr__(self):
        return f"Node({self.val}, {self.children})"
tree = Node(1, [Node(2), Node(3, [Node(4)])])
shallow = copy.copy(tree)
deep = copy.deepcopy(tree)
tree.children[0].val = 20
print(shallow.children[0].val, deep.children[0].val, shallow.children is tree.children, deep.children is tree.children)
cyc = [1]
cyc.append(cyc)
dc = copy.deepcopy(cyc)
print(dc[1] is dc, dc is not cyc)
class Custom:
    def __init__(self): self.data = [1]
    def __copy__(self):
        print("__copy__ called")
        c = Custom(); c.data = self.data; return c
    def __deepcopy__(self, memo):
        print("__deepcopy__ called")
        c = Custom(); c.data = copy.deepcopy(self.data, memo); return c
c = Custom()
print(copy.copy(c).data is c.data, copy.deepcopy(c).data is c.data)
class State:
    def __init__(self, a):
        self.a = a
        self.cache = "expensive"
    def __getstate__(self):
        return {"a": self.a}
    def __setstate__(self, st):
        self.a = st["a"]
        self.cache = "rebuilt"
s2 = pickle.loads(pickle.dumps(State(5)))
print(s2.a, s2.cache)
for obj in [1, 2 ** 100, -1.5, 1j, "str", b"by", (1, [2]), {"k": {1, 2}}, None, True, frozenset([3]), range(4), slice(1, 2), Ellipsis]:
    for proto in (0, 2, pickle.HIGHEST_PROTOCOL):
        assert pickle.loads(pickle.dumps(obj, proto)) == obj, obj
    print(repr(pickle.loads(pickle.dumps(obj))))
t = pickle.loads(pickle.dumps(tree))
print(t, type(t).__name__)
print(copy.copy([1, [2]])[1] is not None, copy.copy((1, 2)) == (1, 2), copy.deepcopy({"a": [1]}))
try:
    pickle.dumps(lambda: 1)
except (pickle.PicklingError, AttributeError) as e:
    print(type(e).__name__)
print(pickle.HIGHEST_PROTOCOL >= 5, pickle.DEFAULT_PROTOCOL)
