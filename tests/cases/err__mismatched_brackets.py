# Closing bracket that does not match the opening one.
values = {"a": [1, 2, 3)}
print(values)
