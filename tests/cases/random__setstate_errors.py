import random
r = random.Random()
for st in [(1.5,)*624+(1,), (-1,)*624+(1,), (2**64,)*624+(1,), (2**40,)*624+(624,), (1,)*624+(1.5,), (1,)*624+(2**70,), (1,)*624+(-1,), (1,)*624+(625,)]:
    try:
        r.setstate((3, st, None)); print('ok', r.random())
    except Exception as e:
        print(type(e).__name__, e)
