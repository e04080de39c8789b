# SystemExit is an exception: it can be caught, inspected and re-raised.
import sys
for arg in [None, 0, 5, "message", (1, 2), True]:
    try:
        if arg is None:
            sys.exit()
        sys.exit(arg)
    except SystemExit as e:
        print(repr(arg), "->", repr(e), e.code, e.args)
try:
    raise SystemExit(7)
except BaseException as e:
    print(type(e).__name__, e.code)
try:
    try:
        sys.exit(2)
    except Exception:
        print("not caught by except Exception")
except SystemExit:
    print("caught as SystemExit")
try:
    exit_code = 4
    sys.exit(exit_code)
finally:
    print("finally before exit")
