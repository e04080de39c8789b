import runpy, sys, os, tempfile, shutil
d = tempfile.mkdtemp()
with open(d + '/scr_zz.py', 'w') as f:
    f.write('import sys\nprint("name", __name__, __package__, __spec__, __doc__)\n'
            'print("argv0 is file", sys.argv[0] == __file__)\n'
            'print("in modules", sys.modules.get(__name__) is not None and sys.modules[__name__].__dict__ is globals())\n'
            'VALUE = INIT * 2 if "INIT" in globals() else 0\n'
            'def f(): return VALUE\n')
g = runpy.run_path(d + '/scr_zz.py')
print(g['VALUE'], g['__name__'], g['f']())
g = runpy.run_path(d + '/scr_zz.py', init_globals={'INIT': 21}, run_name='a.b')
print(g['VALUE'], g['__name__'], g['__package__'])
print('__main__' in sys.modules, sys.modules['__main__'].__name__)
os.makedirs(d + '/pkg_rz')
with open(d + '/pkg_rz/__init__.py', 'w') as f: f.write('')
with open(d + '/pkg_rz/__main__.py', 'w') as f: f.write('print("pkg main", __name__, __package__, __spec__.name)\n')
with open(d + '/pkg_rz/mod.py', 'w') as f:
    f.write('import sys\nprint("mod", __name__, __package__, __spec__.name, sys.argv[0] == __file__)\nX = 3\n')
sys.path.insert(0, d)
g = runpy.run_module('pkg_rz.mod')
print(g['X'], g['__name__'], 'pkg_rz.mod' in sys.modules)
g = runpy.run_module('pkg_rz.mod', run_name='__main__', alter_sys=True)
print(g['__name__'], sys.modules['__main__'].__name__)
g = runpy.run_module('pkg_rz')
print(g['__name__'])
for bad in ('nosuch_zz', '.rel', 'sys', 'pkg_rz.nosuch'):
    try:
        runpy.run_module(bad)
    except ImportError as e:
        print(type(e).__name__, e)
os.makedirs(d + '/dirapp')
with open(d + '/dirapp/__main__.py', 'w') as f: f.write('print("dir main", __name__)\nY = 9\n')
g = runpy.run_path(d + '/dirapp')
print(g['Y'], d + '/dirapp' in sys.path)
shutil.rmtree(d)
