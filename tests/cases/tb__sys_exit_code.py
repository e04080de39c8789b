# sys.exit(3): no traceback, exit status 3; finally blocks run.
import sys
try:
    print("in try")
    sys.exit(3)
finally:
    print("finally runs before exit")
