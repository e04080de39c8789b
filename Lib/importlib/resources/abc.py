from importlib.resources import ResourceReader, Traversable

__all__ = ['ResourceReader', 'Traversable', 'TraversableResources']


class TraversableResources(ResourceReader):
    def files(self):
        raise NotImplementedError

    def open_resource(self, resource):
        return self.files().joinpath(resource).open('rb')

    def resource_path(self, resource):
        raise FileNotFoundError(resource)

    def is_resource(self, path):
        return self.files().joinpath(path).is_file()

    def contents(self):
        return (item.name for item in self.files().iterdir())
