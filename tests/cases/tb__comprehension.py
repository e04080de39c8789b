# Exception inside a list comprehension: the <listcomp> frame.
values = [4, 2, 0, 1]
print("inverting")
inverses = [1 / v for v in values]
print(inverses)
