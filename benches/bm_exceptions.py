"""Exceptions: raise/catch in loops, custom hierarchies, try/finally, with, re-raise."""
import sys


class AppError(Exception):
    def __init__(self, code, msg="app error"):
        Exception.__init__(self, msg)
        self.code = code


class NotFound(AppError):
    pass


class Invalid(AppError):
    pass


class Resource(object):
    opened = 0
    closed = 0

    def __enter__(self):
        Resource.opened += 1
        return self

    def __exit__(self, exc_type, exc, tb):
        Resource.closed += 1
        # swallow Invalid, propagate everything else
        return exc_type is not None and issubclass(exc_type, Invalid)


def lookup(d, key):
    try:
        return d[key]
    except KeyError:
        raise NotFound(key, "missing %r" % (key,))


def validate(x):
    if x % 7 == 0:
        raise Invalid(x)
    if x % 11 == 0:
        raise ValueError("bad %d" % x)
    return x


def deep(n):
    if n == 0:
        raise AppError(n, "bottom")
    return deep(n - 1) + 1


def with_finally(i, log):
    try:
        try:
            if i % 3 == 0:
                raise IndexError(i)
            return i
        finally:
            log[0] += 1
    except IndexError as e:
        return -e.args[0]


def chained(i):
    try:
        try:
            raise KeyError(i)
        except KeyError as e:
            raise AppError(i, "wrapped") from e
    except AppError as e:
        return 1 if isinstance(e.__cause__, KeyError) else 0


def run(n):
    d = {i: i * 2 for i in range(0, n, 2)}
    total = 0
    missing = 0
    # 1. dict lookups with exceptions for control flow
    for i in range(n):
        try:
            total += lookup(d, i)
        except NotFound as e:
            missing += 1
            total += e.code % 5
    # 2. multiple except clauses, else
    inval = bad = ok = 0
    for i in range(n):
        try:
            validate(i)
        except Invalid as e:
            inval += e.code & 3
        except (ValueError, TypeError) as e:
            bad += len(e.args[0])
        else:
            ok += 1
    # 3. exceptions through several frames
    depth_sum = 0
    for i in range(n // 20):
        try:
            deep(i % 20)
        except AppError as e:
            depth_sum += e.code + len(str(e))
    # 4. try/finally and return interplay
    log = [0]
    fin = 0
    for i in range(n):
        fin += with_finally(i, log)
    # 5. context managers that swallow some exceptions
    swallowed = 0
    for i in range(n // 2):
        try:
            with Resource():
                validate(i)
        except ValueError:
            swallowed += 1
    # 6. chaining, re-raise, builtin errors
    ch = 0
    for i in range(n // 4):
        ch += chained(i)
    builtin = 0
    for i in range(n // 2):
        try:
            if i % 4 == 0:
                1 // (i % 2)
            elif i % 4 == 1:
                [][i]
            elif i % 4 == 2:
                int("x%d" % i)
            else:
                None.attr
        except ZeroDivisionError:
            builtin += 1
        except IndexError:
            builtin += 2
        except ValueError:
            builtin += 3
        except AttributeError:
            builtin += 4
    reraised = 0
    for i in range(n // 4):
        try:
            try:
                raise Invalid(i)
            except AppError:
                reraised += 1
                raise
        except Invalid as e:
            reraised += e.code % 2
    return (total, missing, inval, bad, ok, depth_sum, log[0], fin, swallowed,
            Resource.opened - Resource.closed, ch, builtin, reraised)


def main(n, reps):
    for _ in range(reps):
        result = run(n)
    print("exceptions: %r" % (result,))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 40000, 12)
