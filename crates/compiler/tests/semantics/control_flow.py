# Control flow through try/finally/with/loops: break, continue, return.
log = []
class CM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        log.append("enter " + self.name)
        return self.name
    def __exit__(self, t, v, tb):
        log.append(f"exit {self.name} {t.__name__ if t else None}")
        return self.suppress

def f1():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            log.append(i)
        finally:
            log.append("fin %d" % i)
    else:
        log.append("else")
    return "done"
print(f1(), log); log.clear()

def f2():
    try:
        return "try"
    finally:
        log.append("finally runs")
print(f2(), log); log.clear()

def f3():
    try:
        raise ValueError("x")
    finally:
        return "swallowed"
print(f3())

def f4():
    with CM("a") as a, CM("b") as b:
        log.append(a + b)
        return "ret"
print(f4(), log); log.clear()

def f5():
    with CM("s", suppress=True):
        raise KeyError("k")
    return "after"
print(f5(), log); log.clear()

def f6():
    try:
        with CM("n"):
            1 / 0
    except ZeroDivisionError as e:
        return "caught " + type(e).__name__
print(f6(), log); log.clear()

def f7(n):
    while True:
        n -= 1
        try:
            try:
                if n < 0:
                    return "neg"
                if n % 2:
                    raise TypeError(n)
            except TypeError as e:
                log.append("te %s" % e)
                continue
            finally:
                log.append("inner fin")
        except Exception:
            pass
        log.append("loop %d" % n)
print(f7(3), log); log.clear()

def f8():
    try:
        try:
            raise ValueError("a")
        except ValueError:
            raise TypeError("b")
    except TypeError as e:
        return repr(e), repr(e.__context__)
print(f8())

def f9():
    e = "before"
    try:
        raise ValueError
    except ValueError as e:
        pass
    try:
        return e
    except NameError:
        return "e deleted"
print(f9())

def f10():
    for x in [1, 2, 3]:
        with CM(str(x)):
            if x == 2:
                break
    return x
print(f10(), log); log.clear()

def f11():
    try:
        pass
    except:
        return 1
    else:
        return "else"
    finally:
        log.append("f11 fin")
print(f11(), log); log.clear()

def f12(x):
    return 1 < x <= 3 != x, x if x > 2 else -x, x and x + 1 or "no", not x
print(f12(2), f12(3), f12(0))

i = 0
while i < 10:
    i += 1
    if i % 3 == 0:
        continue
    if i > 7:
        break
else:
    print("no")
print("i", i)

def gen():
    try:
        yield 1
        yield 2
    finally:
        log.append("gen closed")
g = gen()
print(next(g))
g.close()
print(log); log.clear()

def deleg():
    r = yield from gen()
    log.append(r)
    return "deleg done"
print(list(deleg()), log); log.clear()

def acc():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x
a = acc(); next(a); a.send(3); print(a.send(4))
try:
    a.send(None)
except StopIteration as s:
    print("stop", s.value)
try:
    assert 1 == 2, "math"
except AssertionError as e:
    print("assert", e)
