import traceback
def clean(s): return s.replace(__file__, 'F')
d = {}
def f(): return "中文字符" + d['キー']
def g(): return ("ü" * 3) + 1
def h(): return {"😀": 1}["😀"] + [][0]
for fn in (f, g, h):
    try: fn()
    except Exception as e: print(clean(''.join(traceback.format_exception(e))), end='')
import sys
