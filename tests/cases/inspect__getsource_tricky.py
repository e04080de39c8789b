import inspect, sys, os, tempfile, shutil
d = tempfile.mkdtemp()
with open(os.path.join(d, "tricky_src_zz.py"), "w") as f:
    f.write('import functools\n\ndef deco_args(*a, **k):\n    def d(f):\n        return f\n    return d\n\n@deco_args(1,\n           2)\n@functools.lru_cache(maxsize=None)\ndef multi_deco(x):\n    return x\n\ndef with_string():\n    s = \'\'\'\ndef fake():\n  pass\n\'\'\'\n    return s\n\ndef continued(a, \\\n              b):\n    return a + \\\n  b\n\nclass K(object):\n    x = """\nclass K:\n"""\n    def m(self): return 1\n    async def am(self):\n        await something()\n\n    @property\n    def p(self):\n        return [\n    1,\n        ]\n\ndef outer():\n    def inner(y):\n        # comment\n\n        return y\n    return inner\n\ndef trailing_comment():\n    return 1\n    # trailing comment at body indent\n# comment at column 0\n\nx = lambda q: (q +\n    1)\n\ndef last(): pass\n')
sys.path.insert(0, d)
import tricky_src_zz as tricky
objs = [tricky.multi_deco.__wrapped__, tricky.with_string, tricky.continued, tricky.K, tricky.K.m, tricky.K.am,
        tricky.K.p.fget, tricky.outer, tricky.outer(), tricky.trailing_comment, tricky.x, tricky.last, tricky.deco_args]
for o in objs:
    try:
        lines, n = inspect.getsourcelines(o)
        print(n, repr(''.join(lines)))
    except Exception as e:
        print(type(e).__name__, e)
print(repr(inspect.getcomments(tricky.last)))
shutil.rmtree(d)
