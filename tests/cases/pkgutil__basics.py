import pkgutil, sys, os, tempfile, shutil
d = tempfile.mkdtemp()
os.makedirs(d + '/pk_a/sub_b')
for p, src in [('/m_one.py', 'A = 1\n'), ('/m_two.py', ''), ('/notmod.txt', ''),
               ('/pk_a/__init__.py', ''), ('/pk_a/x.py', ''), ('/pk_a/sub_b/__init__.py', ''),
               ('/pk_a/sub_b/y.py', ''), ('/pk_a/data.txt', 'hello data\n'),
               ('/nopkg/z.py', '')]:
    os.makedirs(os.path.dirname(d + p), exist_ok=True)
    with open(d + p, 'w') as f:
        f.write(src)
for m in pkgutil.iter_modules([d]):
    print(m.name, m.ispkg, type(m.module_finder).__name__)
print([m.name for m in pkgutil.iter_modules([d], prefix='pre.')])
sys.path.insert(0, d)
print([(m.name, m.ispkg) for m in pkgutil.walk_packages([d])])
print(pkgutil.get_data('pk_a', 'data.txt'))
info = pkgutil.ModuleInfo(None, 'n', False)
print(info, info._fields)
print(pkgutil.resolve_name('os.path:join') is os.path.join)
print(pkgutil.resolve_name('os.path.join') is os.path.join)
print(pkgutil.resolve_name('collections:OrderedDict.fromkeys') is not None)
try: pkgutil.resolve_name('1bad')
except ValueError as e: print(e)
try: pkgutil.iter_modules('abc')
except ValueError as e: print(e)
names = {m.name for m in pkgutil.iter_modules()}
print({'os', 'collections', 'random', 'm_one', 'pk_a'} <= names)
print('pk_a.sub_b' in {m.name for m in pkgutil.walk_packages([d])})
print(pkgutil.get_loader('pk_a') is not None, pkgutil.find_loader('nosuch_zz'))
print(pkgutil.extend_path(['p'], 'pk_a') == ['p', d + '/pk_a'])
shutil.rmtree(d)
