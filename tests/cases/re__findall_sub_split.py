# re: findall, finditer, sub, subn, split, templates, empty matches
import re

print(re.findall(r'\d+', 'a1 b22 c333'))
print(re.findall(r'(\w)=(\d)', 'a=1, b=2, c=x'))
print(re.findall(r'(\w)(=)?', 'ab=c'))
print(re.findall(r'', 'abc'), re.findall(r'x*', 'axxb'), re.findall(r'\b', 'a bc'))
print([m.span() for m in re.finditer(r'\w*', 'ab cd')])
print([m.group(1) for m in re.finditer(r'<(\w+)>', '<a><bb><ccc>')])
print(re.sub(r'(\w+) (\w+)', r'\2 \1', 'hello world, good day'))
print(re.sub(r'(?P<n>\d+)', r'[\g<n>]', 'a1b22'), re.sub(r'(\d)', r'\g<1>0', '123'))
print(re.sub('x*', '-', 'abxd'), re.sub('', '-', 'abc'), re.sub('a|(b)', r'<\1>', 'abc'))
print(re.sub(r'\d', lambda m: str(int(m.group()) * 2), 'a1b2c9'))
print(re.subn('a', 'b', 'aaaa', 2), re.subn('a', 'b', 'aaaa', count=1), re.subn('z', 'y', 'abc'))
print(re.sub(r'\s+', ' ', '  many   spaces\there\n'))
print(re.sub(r'a', r'\n\t\\', 'xax'))
print(re.sub(b'(a)', rb'<\1>', b'banana'), re.sub(rb'\d', lambda m: m.group() * 2, b'a1b2'))
print(re.split(r',\s*', 'a, b,c,   d'), re.split(r'(,)', 'a,b,c'), re.split(r'(,)|(;)', 'a,b;c'))
print(re.split(r'\W+', 'Words, words, words.', 1), re.split(r'x*', 'axbc'), re.split(r'\b', 'ab cd'))
print(re.split('(?m)^', 'l1\nl2\nl3'), re.split('[ab]', 'xaybz'), re.split('a', ''), re.split('', ''))
for pat, repl in [('a', r'\q'), ('(a)', r'\2'), ('(a)', r'\g<x>'), ('(a)', r'\g<1'), ('(a)', r'\g<a b>'), ('a', '\\')]:
    try:
        re.sub(pat, repl, 'a')
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)
print(re.escape('1.5*[x]+(y)?{z}|^$ #&~-'), re.escape(b'a.b'), re.escape('ab_c9'))
