# Nested try statements, exceptions in handlers, finally ordering, bare except.
log = []
def f(kind):
    try:
        try:
            log.append("inner try")
            if kind == 1:
                raise ValueError("v")
            if kind == 2:
                raise KeyError("k")
        except ValueError:
            log.append("inner except ValueError")
            raise TypeError("from handler")
        finally:
            log.append("inner finally")
    except TypeError as e:
        log.append(f"outer caught TypeError({e}) context={type(e.__context__).__name__}")
    except KeyError:
        log.append("outer caught KeyError")
    else:
        log.append("outer else")
    finally:
        log.append("outer finally")
for k in range(3):
    log.clear()
    f(k)
    print(k, log)
def bare():
    try:
        raise OSError("os")
    except:
        return "bare except caught"
print(bare())
def order():
    out = []
    for i in range(3):
        try:
            try:
                out.append(f"t{i}")
                if i == 1:
                    continue
                if i == 2:
                    return out
            finally:
                out.append(f"f{i}")
        finally:
            out.append(f"F{i}")
    return out
print(order())
