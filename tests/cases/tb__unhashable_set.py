# TypeError from adding an unhashable element to a set.
seen = set()
for item in [1, "two", (3,), [4]]:
    seen.add(item)
    print("added", item)
