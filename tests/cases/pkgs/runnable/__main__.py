import sys
print("runnable package executed as", __name__, sys.argv[1:])
