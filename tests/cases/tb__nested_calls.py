# Uncaught exception raised three calls deep: full traceback with markers.
def parse(text):
    return int(text)

def load(items):
    out = []
    for it in items:
        out.append(parse(it) * 2)
    return out

def main():
    print(load(["1", "2"]))
    print(load(["3", "x4"]))

main()
