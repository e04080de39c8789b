# sys.exit(True) exits with status 1 and prints nothing.
import sys
print("exit with True")
sys.exit(True)
