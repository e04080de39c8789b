# AttributeError on None returned from a helper, deep in a method chain.
class Repo:
    def __init__(self):
        self.items = {"a": "Alpha"}

    def find(self, key):
        return self.items.get(key)

    def title(self, key):
        return self.find(key).upper()

repo = Repo()
print(repo.title("a"))
print(repo.title("b"))
