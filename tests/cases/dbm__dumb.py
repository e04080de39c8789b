import dbm
import dbm.dumb
import os
import tempfile

d = tempfile.mkdtemp()
base = os.path.join(d, "db")
with dbm.dumb.open(base, "c") as db:
    db["spam"] = "eggs"
    db[b"answer"] = b"42"
    db["caf\u00e9"] = "cr\u00e8me"
    db["quote'\"key\n"] = b"x" * 600
    print(len(db), sorted(db.keys()), "spam" in db, b"nope" in db)
    db["spam"] = "EGGS"
    db["answer"] = "y" * 1000
    print(db.get("missing"), db.get(b"spam"))
    try:
        db[1] = b"x"
    except TypeError as e:
        print("TypeError", e)
    try:
        db["k"] = 1
    except TypeError as e:
        print("TypeError", e)
print(sorted(os.listdir(d)))
with open(base + ".dir") as f:
    print(f.read(), end="")
print(os.path.getsize(base + ".dat"))
print(dbm.whichdb(base))
with dbm.open(base, "r") as db:
    print(sorted(db.items()))
    try:
        db["x"] = "y"
    except Exception as e:
        print(type(e).__name__, e)
    try:
        del db["spam"]
    except Exception as e:
        print(type(e).__name__, e)
with dbm.open(base, "w") as db:
    del db["spam"]
    print(len(db), "spam" in db)
    try:
        del db["spam"]
    except KeyError as e:
        print("KeyError", e)
db = dbm.dumb.open(base, "r")
db.close()
for op in (lambda: db["a"], lambda: len(db), lambda: db.keys(), lambda: "a" in db):
    try:
        op()
    except OSError as e:
        print(type(e).__name__, e)
with dbm.open(base, "n") as db:
    print("n:", len(db))
try:
    dbm.open(os.path.join(d, "missing"), "r")
except dbm.error[0] as e:
    print(type(e).__name__, e)
try:
    dbm.dumb.open(os.path.join(d, "missing"), "r")
except OSError as e:
    print(type(e).__name__)
try:
    dbm.dumb.open(base, "x")
except ValueError as e:
    print("ValueError", e)
with open(os.path.join(d, "foreign"), "w") as f:
    f.write("hello world, not a db\n")
print(repr(dbm.whichdb(os.path.join(d, "foreign"))), dbm.whichdb(os.path.join(d, "nothing")))
try:
    dbm.open(os.path.join(d, "foreign"))
except dbm.error[0] as e:
    print(e)
print(isinstance(dbm.error, tuple), dbm.error[1] is OSError, dbm.dumb.error is OSError)
