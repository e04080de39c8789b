# A string literal that never ends.
print("start")
s = "abc
print(s)
