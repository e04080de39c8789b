# ZeroDivisionError from float division inside a nested call in an f-string.
def mean(values):
    return sum(values) / len(values)

for group in [[1.0, 2.0], [3.5], []]:
    print(f"mean = {mean(group):.2f}")
