# dict subclasses: __missing__, defaultdict, OrderedDict, Counter, ChainMap.
class Default(dict):
    def __missing__(self, key):
        return f"missing:{key}"
d = Default(a=1)
print(d["a"], d["zz"], d.get("zz"), "zz" in d, d)
import collections
dd = collections.defaultdict(list)
dd["x"].append(1)
dd["y"]
print(dd, dict(dd), dd.default_factory)
cnt = collections.defaultdict(int)
for ch in "mississippi":
    cnt[ch] += 1
print(sorted(cnt.items()))
nodef = collections.defaultdict()
try:
    nodef["k"]
except KeyError as e:
    print("KeyError", e)
od = collections.OrderedDict([("b", 1), ("a", 2)])
od["c"] = 3
od.move_to_end("b")
print(od, list(od), od.popitem(last=False), od)
od.move_to_end("c", last=False)
print(list(od), od == collections.OrderedDict([("c", 3), ("b", 1)]), od == {"b": 1, "c": 3})
c = collections.Counter("abracadabra")
print(c, c.most_common(2), c["a"], c["zz"], sorted(c.elements())[:6])
c.update("aaz")
c.subtract({"a": 10})
print(c["a"], c["z"], +c, -collections.Counter(a=-1))
print(collections.Counter(a=3, b=1) + collections.Counter(a=1, c=2), collections.Counter(a=3) - collections.Counter(a=5))
print(collections.Counter(a=3, b=1) & collections.Counter(a=1, b=2), collections.Counter(a=1) | collections.Counter(a=4))
cm = collections.ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm), sorted(cm), cm.maps)
cm["c"] = 4
print(cm.maps[0], cm.new_child({"a": 0})["a"], cm.parents)
class Upper(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
u = Upper()
u["a"] = 1
u.update(b=2)
print(u)
class Logged(dict):
    def __getitem__(self, k):
        print("getitem", k)
        return super().__getitem__(k)
lg = Logged(x=1)
print(lg["x"], lg.get("x"), dict(lg))
