# A keyword used as an identifier.
class = "value"
print(class)
