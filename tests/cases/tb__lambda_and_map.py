# Exception inside a lambda called by a builtin (map).
words = ["10", "20", "thirty"]
nums = map(lambda w: int(w), words)
print(next(nums))
print(list(nums))
