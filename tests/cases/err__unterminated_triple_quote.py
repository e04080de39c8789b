# A triple-quoted string that never ends.
doc = """start of text
more text
print(doc)
