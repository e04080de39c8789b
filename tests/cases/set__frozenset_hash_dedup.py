# Sets for deduplication and membership; frozenset as dict keys and nested sets; set comprehension order of ints.
data = [5, 3, 5, 1, 3, 9, 1, 7]
print(sorted(set(data)), len(set(data)), list(dict.fromkeys(data)))
print({v % 10 for v in range(100, 200, 7)})
graph = {frozenset({"a", "b"}): 3, frozenset({"b", "c"}): 1}
print(graph[frozenset({"b", "a"})], frozenset({"c", "b"}) in graph)
fs = frozenset({frozenset({1, 2}), frozenset({2, 1}), frozenset({3})})
print(len(fs), frozenset({1, 2}) in fs)
print(sorted(map(sorted, fs)))
power = [set()]
for x in [1, 2, 3]:
    power += [s | {x} for s in power]
print(sorted(sorted(s) for s in power), len(power))
visited = set()
def dfs(n, adj):
    if n in visited:
        return
    visited.add(n)
    for m in adj.get(n, []):
        dfs(m, adj)
dfs(1, {1: [2, 3], 2: [4], 3: [4], 4: [1], 5: [6]})
print(sorted(visited))
print({1, 2, 3} - {2}, {1, 2} ^ {2, 3}, {x for x in range(40) if x % 7 == 0})
s = set(range(64, 0, -4))
print(s)
print(frozenset(range(5)) | frozenset([10]), frozenset("ab") == frozenset("ba"), hash(frozenset()) == hash(frozenset([])))
print(set().union(), set().union([1], [2]), frozenset().intersection([1]))
print({None, True, 0, ""} == {None, True, 0, ""}, len({None, True, 0, "", (), 0.0, False}))
