import os
import shelve
import tempfile

d = tempfile.mkdtemp()
path = os.path.join(d, "shelf")


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)


with shelve.open(path) as db:
    db["point"] = Point(1, 2)
    db["list"] = [1, 2, 3]
    db["config"] = {"debug": False}
    print(sorted(db), len(db), "list" in db, "nope" in db, db.get("nope", "dflt"))
with shelve.open(path) as db:
    print(db["point"], db["config"])
    db["list"].append(4)
    print(db["list"])
    del db["config"]
    print(sorted(db.keys()))
with shelve.open(path, writeback=True) as db:
    db["list"].append(5)
    print(db.cache)
with shelve.open(path, flag="r") as db:
    print(db["list"], dict(db.items())["list"])
s = shelve.Shelf({})
s["a"] = [1]
print(s.dict, s["a"])
s.close()
print(repr(s.dict))
try:
    s["a"]
except ValueError as e:
    print("ValueError", e)
s = shelve.Shelf({}, protocol=0)
s["x"] = (1, "a")
print(s.dict)
s.close()
s.close()
