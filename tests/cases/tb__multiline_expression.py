# Error inside an expression that spans several lines.
data = {"a": 1, "b": 2}
result = (
    data["a"]
    + data["b"]
    + data["c"]
)
print(result)
