import traceback
def clean(s): return s.replace(__file__, 'F')
def attempt(fn):
    try:
        fn()
    except Exception as e:
        print(clean(''.join(traceback.format_exception(e))), end='')
d = {}
lst = [1, 2]
x = None
def f1(): return d['missing'] + 1
def f2(): return lst[5]
def f3(): return 1 / 0
def f4(): return (lst[0] + lst[1]) * d['k']
def f5(): return x.attr
def f6(): return int('z') + 2
def f7():
    y = 'a' + 1
def f8(): return lst[0] // 0
def f9():
    return lst[
        9]
def f10(): return len(None)
def f11(): return 2 ** 10000.0
def f12(): return {}[[]]
for fn in (f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12):
    attempt(fn)
attempt(lambda: [1][2])
attempt(lambda: d['a']['b'])
