# Error inside a dict comprehension inside a method.
class Report:
    def __init__(self, rows):
        self.rows = rows

    def index(self):
        return {row["id"]: row for row in self.rows}

r = Report([{"id": 1}, {"id": 2}])
print(sorted(r.index()))
Report([{"id": 3}, {"name": "x"}]).index()
