for i in range(3):
    if i:
        continue
    try:
        break
    finally:
        print(i)
else:
    done()
while x < 10:
    x += 1
