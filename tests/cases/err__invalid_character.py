# A non-ASCII character that is not allowed in identifiers.
x = 5 – 3
print(x)
