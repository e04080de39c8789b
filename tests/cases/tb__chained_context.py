# Exception raised while handling another: "During handling of the above exception".
def load(cfg):
    try:
        return cfg["path"]
    except KeyError:
        raise RuntimeError("configuration incomplete")

print("loading")
load({})
