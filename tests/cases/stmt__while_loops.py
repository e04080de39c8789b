# while loops: conditions with side effects, else, nested break/continue, infinite with break.
n = 10
steps = []
while n > 1:
    n = n // 2 if n % 2 == 0 else n * 3 + 1
    steps.append(n)
print(steps)
i = 0
while (i := i + 1) < 5:
    if i == 2:
        continue
    print("i", i)
else:
    print("else with i =", i)
data = [3, 7, 0, 5]
while data:
    v = data.pop()
    if v == 0:
        print("found zero, stopping")
        break
    print("popped", v)
else:
    print("not reached")
print("remaining", data)
a, b = 0, 1
fibs = []
while len(fibs) < 10:
    fibs.append(a)
    a, b = b, a + b
print(fibs)
outer = 0
while outer < 3:
    inner = 0
    while True:
        inner += 1
        if inner > outer:
            break
    print("outer", outer, "inner", inner)
    outer += 1
def countdown(k):
    while k:
        yield k
        k -= 1
print(list(countdown(4)))
x = 100
while x > 1:
    x /= 3
print(round(x, 6))
guard = 0
while True:
    guard += 1
    try:
        if guard == 3:
            break
    finally:
        print("finally in while", guard)
print("guard", guard)
