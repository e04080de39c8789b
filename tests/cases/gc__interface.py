# gc module interface (no cycle collection yet: only facts common to both).
import gc
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
print(type(gc.collect()), type(gc.collect(0)), len(gc.get_count()))
try:
    gc.collect(3)
except ValueError as e:
    print("ValueError", e)
old = gc.get_threshold()
gc.set_threshold(500, 5, 5)
print(gc.get_threshold())
gc.set_threshold(*old)
print(gc.get_threshold() == old)
print(gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked([]), gc.is_tracked({}), gc.is_tracked({"a": 1}), gc.is_tracked({"a": []}))
class C:
    pass
print(gc.is_tracked(C()), gc.is_tracked(C), gc.is_tracked((1, 2)) in (True, False))
print(gc.garbage, isinstance(gc.callbacks, list), gc.get_debug(), gc.DEBUG_LEAK, gc.DEBUG_SAVEALL)
gc.freeze()
gc.unfreeze()
print(type(gc.get_freeze_count()), type(gc.get_objects()), len(gc.get_stats()))
seen = []
gc.callbacks.append(lambda phase, info: seen.append((phase, info["generation"])))
gc.collect()
print(seen)
gc.callbacks.clear()
print(type(gc.get_referents([1, 2])))
