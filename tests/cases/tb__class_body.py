# Exception raised while executing a class body.
print("defining")
class Config:
    name = "cfg"
    size = int("12")
    limit = int(name)
