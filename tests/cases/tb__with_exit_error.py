# An exception raised by __exit__ while another is propagating.
class Resource:
    def __enter__(self):
        print("acquire")
        return self

    def __exit__(self, et, ev, tb):
        print("release after", et.__name__)
        raise RuntimeError("release failed")

with Resource():
    raise KeyError("during use")
