# List/set/dict comprehensions and generator expressions; own scopes.
print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[y for y in range(x)] for x in range(4)])
print({x % 4 for x in range(10)})
print({k: v for k, v in zip("abc", range(3))})
print({v: k for k, v in {"a": 1, "b": 2}.items()})
g = (x + 1 for x in range(3))
print(type(g).__name__, list(g), list(g))
print(sum(x for x in range(101)))
x = "outer"
print([x for x in "ab"], x)
def scope_test():
    y = 10
    return [y + i for i in range(3)]
print(scope_test())
class K:
    data = [1, 2, 3]
    doubled = [d * 2 for d in data]
    try:
        shifted = [d + len(data) for d in data]
    except NameError as e:
        shifted = "NameError: " + str(e)
print(K.doubled)
print(K.shifted)
print([i for i in range(3)] == list(range(3)))
print([(lambda v: v * 10)(i) for i in range(3)])
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
print([a for a, b in [(1, 2), (3, 4)]])
print([c for s in ["ab", "cd"] for c in s if c != "c"])
print(any(n > 5 for n in [1, 9]), all(n > 5 for n in [1, 9]))
print(sorted({s.upper() for s in ["b", "a", "b"]}))
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(row) for row in zip(*matrix)])
print({i: [j for j in range(i)] for i in range(4)})
print([y := 5, y ** 2])
print([last := n for n in range(4)], last)
try:
    [undefined_in_comp for _ in range(1)]
except NameError as e:
    print("NameError", e)
it = iter(range(10))
print([next(it) for _ in range(3)], next(it))
def gen_first_iter_eval():
    try:
        (z for z in 5)
    except TypeError as e:
        return "TypeError " + str(e)
print(gen_first_iter_eval())
print(list((a, b) for a in range(2) for b in "xy"))
print(dict.fromkeys((c for c in "hello")))
