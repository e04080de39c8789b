# A block opened by a compound statement at the end of the file with no body.
for i in range(3):
