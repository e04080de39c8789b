# NameError with a "Did you mean" suggestion.
counter = 0
for i in range(3):
    counter += i
print(countr)
