# f-string with a single closing brace.
value = 3
print(f"value} is {value}")
