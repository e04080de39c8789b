a = [x * 2 for x in y if x]
b = {k: v for k, v in d.items()}
c = {x for x in y for z in x}
g = (x for x in y)
