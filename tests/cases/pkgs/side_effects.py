print("side_effects module executing, __name__ =", __name__)
counter = 0
def bump():
    global counter
    counter += 1
    return counter
