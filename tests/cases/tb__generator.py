# Exception raised inside a generator while it is consumed.
def numbers(limit):
    for i in range(limit):
        if i == 3:
            raise ValueError(f"unlucky {i}")
        yield i

total = 0
for n in numbers(10):
    total += n
    print("got", n)
