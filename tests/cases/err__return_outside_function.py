# return at module level.
print("never printed: the module does not compile")
x = 1
return x
