# if/elif/else, while/else, for/else, break and continue.
for n in [-5, 0, 3, 100]:
    if n < 0:
        print(n, "negative")
    elif n == 0:
        print(n, "zero")
    elif n < 10:
        print(n, "small")
    else:
        print(n, "big")
i = 0
while i < 3:
    print("while", i)
    i += 1
else:
    print("while else ran")
i = 0
while True:
    i += 1
    if i == 2:
        continue
    if i > 4:
        break
    print("loop", i)
else:
    print("not printed")
for x in range(3):
    pass
else:
    print("for else ran, x =", x)
for x in range(10):
    if x == 3:
        print("found 3")
        break
else:
    print("not found")
def find_prime_factors(n):
    out = []
    for p in range(2, n + 1):
        for q in range(2, p):
            if p % q == 0:
                break
        else:
            if n % p == 0:
                out.append(p)
    return out
print(find_prime_factors(60))
for i in range(3):
    for j in range(3):
        if j == i:
            continue
        if j > 1:
            break
        print("pair", i, j)
for _ in []:
    print("never")
else:
    print("empty for else")
n = 0
while n < 0:
    pass
else:
    print("empty while else")
k = 5
while k:
    k -= 2 if k > 1 else 1
print("k", k)
if []: print("no")
elif {}: print("no")
elif "x": print("nonempty str truthy")
if 0.0 or None or 0j or "" or ():
    print("no")
else:
    print("all falsy")
