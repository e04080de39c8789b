# Uncaught RecursionError: repeated frames collapsed in the traceback.
# stderr: last-line
def walk(node):
    return walk(node + 1)

print("starting")
walk(0)
