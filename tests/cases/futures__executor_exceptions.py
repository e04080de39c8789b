# Exceptions raised in pool tasks keep their type, message, and traceback chain.
from concurrent.futures import ThreadPoolExecutor
import traceback
def inner(x):
    if x < 0:
        raise ValueError(f"negative: {x}")
    return x
def outer(x):
    try:
        return inner(x)
    except ValueError as e:
        raise RuntimeError("outer failed") from e
with ThreadPoolExecutor(2) as ex:
    f = ex.submit(outer, -5)
    err = f.exception()
    print(type(err).__name__, err, "| cause:", repr(err.__cause__))
    tb_names = [fr.name for fr in traceback.extract_tb(err.__traceback__)]
    print("outer" in tb_names)
    try:
        f.result()
    except RuntimeError as e:
        print("result() re-raised:", e)
    results = []
    for fut in [ex.submit(inner, v) for v in [1, -2, 3]]:
        try:
            results.append(fut.result())
        except ValueError as e:
            results.append(f"error: {e}")
    print(results)
    f2 = ex.submit(lambda: 1 / 0)
    print(repr(f2.exception()))
    f3 = ex.submit(int, "nope")
    print(repr(f3.exception()))
    class Custom(Exception):
        pass
    def raise_custom():
        raise Custom("custom in pool")
    print(repr(ex.submit(raise_custom).exception()))
    def base_exc():
        raise KeyboardInterrupt
    fk = ex.submit(base_exc)
    print(type(fk.exception()).__name__)
