import io
import pickle


class Rec:
    def __init__(self, key):
        self.key = key


class DBPickler(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, Rec):
            return ("Rec", obj.key)
        return None


class DBUnpickler(pickle.Unpickler):
    def persistent_load(self, pid):
        tag, key = pid
        if tag == "Rec":
            return "loaded-" + key
        raise pickle.UnpicklingError("unsupported persistent object")


for proto in range(1, 6):
    f = io.BytesIO()
    DBPickler(f, proto).dump([Rec("a"), 1, {"r": Rec("b")}])
    print(proto, f.getvalue())
    f.seek(0)
    print(DBUnpickler(f).load())


class StrPickler(pickle._Pickler):
    def persistent_id(self, obj):
        return "X" if obj == 42 else None


f = io.BytesIO()
StrPickler(f, 0).dump([42, 1])
print(f.getvalue())
try:
    pickle.loads(f.getvalue())
except pickle.UnpicklingError as e:
    print("UnpicklingError:", e)


class U(pickle._Unpickler):
    def persistent_load(self, pid):
        return "pid:" + pid


print(U(io.BytesIO(f.getvalue())).load())
